/**
 * The catalog schema: the one definition of what `content/catalog/` may hold.
 * Every type the project uses for catalog data is inferred from here.
 */
import { z } from 'zod';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A short ASCII kebab-case identifier that appears in URLs. */
const idSchema = z
  .string()
  .regex(ID, { error: 'must be lower-case ASCII kebab-case, e.g. "tencent-im" or "group"' });

/** Human text: one line, no leading or trailing blanks, never empty. */
const textSchema = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' });

/** An absolute web address; only http(s) so that nothing in the catalog can run script. */
const webUrlSchema = z
  .string({ error: 'must be a URL' })
  .refine((value) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value), {
    error: 'must be an absolute http(s) URL, e.g. "https://cloud.tencent.com/document/product/269/1671"',
  });

/** A link shown inside a code's message: the first occurrence of `text` in the message becomes a link. */
export const linkSchema = z.strictObject({
  /** The exact words of the message that become the link. */
  text: textSchema,
  /** Where the link goes: an absolute http(s) URL. */
  url: webUrlSchema,
});

/** Whether a code is still returned by the system. Codes are never deleted, only retired. */
export const codeStatusSchema = z.enum(['active', 'removed']);

/** One error code of a domain. */
export const codeSchema = z.strictObject({
  /** The number as the system reports it, written as a quoted string of digits (`code: "10010"`). */
  code: z
    .string({ error: 'must be a quoted string of digits, e.g. code: "10010"' })
    .regex(/^\d+$/, { error: 'must contain only the digits 0-9, e.g. code: "10010"' })
    .max(12, { error: 'must have at most 12 digits' }),
  /** What the code means, as the source words it (may include advice, as Tencent's table does). */
  message: textSchema,
  /** What to do about it, when the source says so separately from the message. */
  handling: textSchema.optional(),
  /** Words of `message` or `handling` that link to further documentation. */
  links: z.array(linkSchema).optional(),
  /** `removed` retires a code: its page stays, marked as no longer used. */
  status: codeStatusSchema.default('active'),
  /** Why a removed code was retired (required when `status: removed`). */
  reason: textSchema.optional(),
  /** The code that replaces a removed one, in the same system. */
  replacement: z.string().regex(/^\d+$/, { error: 'must be a code of the same system, e.g. "10010"' }).optional(),
});

/** A system: one IM product whose codes the catalog describes (`content/catalog/<system>/system.yaml`). */
export const systemSchema = z.strictObject({
  /** URL segment of the system, e.g. `tencent-im`. */
  id: idSchema,
  /** Chinese display name, e.g. `腾讯云 IM`. */
  name: textSchema,
  /** English display name, e.g. `Tencent Cloud IM`. */
  nameEn: textSchema,
  /** Where the codes come from. */
  source: z.strictObject({
    /** Title of the original document. */
    title: textSchema,
    /** The original document online. */
    url: webUrlSchema,
    /** The verbatim copy kept in this repository, relative to `content/sources/`. */
    file: textSchema,
  }),
  /** Display order among systems (smaller first). */
  order: z.number().int().nonnegative(),
});

/** A domain: a group of a system's codes, e.g. 群组系统 (`content/catalog/<system>/<domain>.yaml`). */
export const domainSchema = z.strictObject({
  /** URL segment of the domain, unique within its system, e.g. `group`. */
  id: idSchema,
  /** The id of the system the domain belongs to. */
  system: idSchema,
  /** Chinese display name, e.g. `群组系统`. */
  name: textSchema,
  /** Display order within the system (smaller first). */
  order: z.number().int().nonnegative(),
  /** Remarks that apply to every code of the domain, shown on the domain page and each code page. */
  notes: z.array(textSchema).default([]),
  /** What the source says about codes of this domain that it does not list (Tencent's "其他错误" row). */
  otherCodes: textSchema.optional(),
  /** The domain's codes, in the order of the source. */
  codes: z.array(codeSchema).min(1, { error: 'a domain needs at least one code' }),
});

export type Link = z.output<typeof linkSchema>;
export type Code = z.output<typeof codeSchema>;
export type CodeInput = z.input<typeof codeSchema>;
export type CodeStatus = z.output<typeof codeStatusSchema>;
export type System = z.output<typeof systemSchema>;
export type Domain = z.output<typeof domainSchema>;
export type DomainInput = z.input<typeof domainSchema>;
export type SystemInput = z.input<typeof systemSchema>;
