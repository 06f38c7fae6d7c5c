/**
 * `content/catalog/judgement-groups.yaml`: codes that name the same event, so that the lint rule
 * inconsistent-judgement can hold their judgements together. Lint data only, optional, and kept apart
 * from schema.ts, which describes what the site shows.
 */
import { z } from 'zod';

export const JUDGEMENT_GROUPS_FILE_NAME = 'judgement-groups.yaml';

/** `"tencent-im 6208"`: a system id and a code of it, as a person says it. */
const memberSchema = z.string({ error: 'must be "<system> <code>", e.g. "tencent-im 6208"' }).regex(/^[a-z0-9-]+ -?\d+$/, {
  error: 'must be "<system> <code>", e.g. "tencent-im 6208"',
});

const groupSchema = z.strictObject({
  /** kebab-case, named in problems. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case ASCII kebab-case, e.g. "kicked-off"' }),
  /** The event the codes share, in Chinese, for whoever edits the file. */
  event: z.string().trim().min(1),
  /** At least two codes; the first is the one the others are compared with. */
  codes: z.array(memberSchema).min(2, { error: 'a group needs at least two codes' }),
});

export const judgementGroupsSchema = z.strictObject({
  groups: z.array(groupSchema),
});

export type JudgementGroups = z.output<typeof judgementGroupsSchema>;
