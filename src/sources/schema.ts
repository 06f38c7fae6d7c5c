/**
 * What a source list may hold (`content/source-lists/<system>/<source>.yaml`): the numbers and constant
 * names one repository file defines, each with its line, read at one commit, and what the catalog does
 * with those it does not cite to that file. Only facts: no descriptions and no comments from the file.
 */
import { z } from 'zod';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idSchema = z.string().regex(ID, { error: 'must be lower-case ASCII kebab-case, e.g. "timsdk-timclouddef-h"' });
const textSchema = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/** The number as the file defines it, quoted like the catalog's: `"10010"`, `"-6"`. */
const codeSchema = z
  .string({ error: 'must be a quoted number, e.g. code: "10010" or code: "-6"' })
  .regex(/^(?:0|-?[1-9]\d*)$/, { error: 'must be a whole number without leading zeros, e.g. "10010" or "-6"' });

/** One definition in the file. A number the file defines twice is listed twice, once per line. */
const entrySchema = z.strictObject({
  code: codeSchema,
  /** The constant as the file spells it; none for a table row that names no constant. */
  name: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'must be an identifier as the file spells it' })
    .optional(),
  /** The 1-based line of the file, at `commit`, where the number is defined. */
  line: z.number({ error: 'must be a line number' }).int().positive(),
});

/** A number of the file the catalog leaves out on purpose: it is in no entry of the system. */
const omittedSchema = z.strictObject({
  code: codeSchema,
  /** Why, in a sentence: what the code is and why the catalog does not describe it. */
  reason: textSchema,
});

/**
 * Numbers of the file that the catalog holds but cites to another source of the system (the seed document
 * that listed them first, a newer copy of the file, or another meaning with the same number).
 */
const elsewhereSchema = z.strictObject({
  /** The id of the system's source the catalog cites for these numbers. */
  source: idSchema,
  /** Why the catalog cites that source rather than this file. */
  reason: textSchema,
  codes: z.array(codeSchema).min(1, { error: 'list at least one code' }),
});

export const sourceListSchema = z.strictObject({
  /** The system of the catalog, the name of the list's folder. */
  system: idSchema,
  /** The id of the source in the system's `sources`, the list's file name. */
  source: idSchema,
  /** `owner/name` on GitHub. */
  repository: z.string().regex(/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/, { error: 'must be owner/name, e.g. "TencentCloud/TIMSDK"' }),
  /** The file's path inside the repository. */
  path: textSchema,
  /** The 40-hex commit the list was read at. */
  commit: z.string().regex(/^[0-9a-f]{40}$/, { error: 'must be a full 40-character commit hash' }),
  /** Why `commit` is not the one system.yaml cites, or how the file was read when it was not in a clone. */
  commitNote: textSchema.optional(),
  /** Every number the file defines, in the file's order. */
  entries: z.array(entrySchema).min(1, { error: 'a source list needs at least one entry' }),
  omitted: z.array(omittedSchema).default([]),
  elsewhere: z.array(elsewhereSchema).default([]),
});

export type SourceList = z.output<typeof sourceListSchema>;
export type SourceEntry = SourceList['entries'][number];
