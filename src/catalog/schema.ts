/**
 * The catalog schema: the one definition of what `content/catalog/` may hold.
 * Every type the project uses for catalog data is inferred from here.
 */
import { z } from 'zod';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A short ASCII kebab-case identifier that appears in URLs. */
const idSchema = z.string().regex(ID, { error: 'must be lower-case ASCII kebab-case, e.g. "tencent-im" or "group"' });

/** Human text: one line, no leading or trailing blanks, never empty. */
const textSchema = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/** An absolute web address; only http(s) so that nothing in the catalog can run script. */
const webUrlSchema = z.string({ error: 'must be a URL' }).refine((value) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value), {
  error: 'must be an absolute http(s) URL, e.g. "https://cloud.tencent.com/document/product/269/1671"',
});

/** A link shown inside a code's message: the first occurrence of `text` in the message becomes a link. */
const linkSchema = z.strictObject({
  /** The exact words of the message that become the link. */
  text: textSchema,
  /** Where the link goes: an absolute http(s) URL. */
  url: webUrlSchema,
});

/** The number as a system reports it: digits, with a minus sign when the system's codes are negative. */
const codeNumberSchema = z
  .string({ error: 'must be a quoted number, e.g. code: "10010" or code: "-6"' })
  .regex(/^(?:0|-?[1-9]\d*)$/, { error: 'must be a whole number without leading zeros, e.g. "10010" or "-6"' })
  .max(13, { error: 'must have at most 12 digits' });

/** Who has to act when the code comes back. The catalog's own judgement. */
export const ACTORS = {
  'client-dev': '客户端开发',
  'server-dev': '服务端开发',
  'ops-console': '运维/控制台配置',
  'end-user': '终端用户',
  vendor: '联系厂商',
} as const;

/** Whether retrying can help, and how. The catalog's own judgement. */
export const RETRY_ADVICE = {
  no: '不要重试',
  'after-fix': '修正后重试',
  backoff: '稍后重试（退避）',
  immediate: '可直接重试',
} as const;

const enumOf = <T extends Record<string, string>>(labels: T, example: string) =>
  z.enum(Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]], {
    error: `must be one of ${Object.keys(labels).join(', ')}, e.g. ${example}`,
  });

/** An SDK or server constant that names a code, e.g. `ERR_SDK_NOT_INITIALIZED`. */
const constantNameSchema = z
  .string({ error: 'must be a constant name' })
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'must be an identifier as the SDK spells it, e.g. ERR_SDK_NOT_INITIALIZED' });

/** Where a statement comes from: a source of the system (its id) and, for a header file, the line. */
const citationFields = {
  /** The id of one of the system's `sources`; defaults to the domain's, then the system's first. */
  source: idSchema.optional(),
  /** The line of the source file that defines the code, for header files and other repository files. */
  line: z.number({ error: 'must be a line number' }).int().positive().optional(),
};

/**
 * The catalog's own judgements about a code: what kind of problem it is, whether retrying helps,
 * who acts, and what to do. Shown on the page as 本目录的判断, apart from the vendor's text.
 */
const judgementFields = {
  /** The id of a category of `categories.yaml`, e.g. `auth`. */
  category: idSchema,
  /** Whether retrying can help: `no`, `after-fix`, `backoff` or `immediate`. */
  retry: enumOf(RETRY_ADVICE, 'retry: after-fix'),
  /** Who acts: `client-dev`, `server-dev`, `ops-console`, `end-user` or `vendor`. */
  actor: enumOf(ACTORS, 'actor: server-dev'),
  /** What to do, in the catalog's own words; required when the source gives no `handling`. */
  advice: textSchema.optional(),
  /** Where the catalog is unsure of its judgement, and why. */
  doubt: textSchema.optional(),
};

/** A later statement about a code that differs from its (seed) source, shown beside it. */
const newerStatementSchema = z.strictObject({
  /** The id of the system's source that says it. */
  source: idSchema,
  /** The line of that source file, for repository files. */
  line: z.number().int().positive().optional(),
  /** What the newer source says, in the catalog's own words. */
  says: textSchema,
});

/** Whether a code is still returned by the system. Codes are never deleted, only retired. */
const codeStatusSchema = z.enum(['active', 'removed']);

/** One error code of a domain. */
const codeSchema = z.strictObject({
  /** The number as the system reports it, quoted: `code: "10010"`, `code: "-6"`. */
  code: codeNumberSchema,
  /** The constant the SDK or server names the code with, e.g. `ERR_SDK_NOT_INITIALIZED`. */
  name: constantNameSchema.optional(),
  /**
   * What the code means: the vendor's words, verbatim, when the source is a document kept in
   * `content/sources/`; the catalog's own words for every other source.
   */
  message: textSchema,
  ...citationFields,
  ...judgementFields,
  /** Later sources that say something different; the seed text stays as it is. */
  newer: z.array(newerStatementSchema).optional(),
  /** What to do about it, when the source says so separately from the message. */
  handling: textSchema.optional(),
  /** Words of `message` or `handling` that link to further documentation. */
  links: z.array(linkSchema).optional(),
  /** `removed` retires a code: its page stays, marked as no longer used. */
  status: codeStatusSchema.default('active'),
  /** Why a removed code was retired (required when `status: removed`). */
  reason: textSchema.optional(),
  /** The code that replaces a removed one, in the same system. */
  replacement: codeNumberSchema.optional(),
});

/** A block of numbers a system reserves, e.g. 120001–130000 for codes an app's callback returns. */
const rangeSchema = z.strictObject({
  /** First and last number of the range, inclusive: `range: ["120001", "130000"]`. */
  range: z.tuple([codeNumberSchema, codeNumberSchema], { error: 'must be two quoted numbers, e.g. range: ["120001", "130000"]' }),
  /** What a number of the range means. */
  message: textSchema,
  ...citationFields,
  ...judgementFields,
});

/** A document a system's codes come from. */
const sourceSchema = z.strictObject({
  /** Short id codes cite it by, e.g. `legacy-doc` or `v2tim-error-code-h`. */
  id: idSchema,
  /** Title of the document or file. */
  title: textSchema,
  /** The document online; for a file of a repository, its URL at the version read. */
  url: webUrlSchema,
  /**
   * The verbatim copy kept in `content/sources/`, for seed documents only. Codes from a source with a
   * copy carry the vendor's words; every other source is cited, and its codes are in the catalog's words.
   */
  file: textSchema.optional(),
  /** When or at which version the catalog read it, e.g. `2024-05-10` or a commit. */
  read: textSchema,
});

/** A system: one IM product whose codes the catalog describes (`content/catalog/<system>/system.yaml`). */
export const systemSchema = z.strictObject({
  /** URL segment of the system, e.g. `tencent-im`. */
  id: idSchema,
  /** Chinese display name, e.g. `腾讯云 IM`. */
  name: textSchema,
  /** English display name, e.g. `Tencent Cloud IM`. */
  nameEn: textSchema,
  /** Where the codes come from; the first is the default for codes that name none. */
  sources: z.array(sourceSchema).min(1, { error: 'a system needs at least one source' }),
  /**
   * Words that name the system in a pasted log or response (matched whole, case-insensitive), e.g.
   * `V2TIM`, `ActionStatus`; they decide between systems that share a number.
   */
  hints: z.array(textSchema).default([]),
  /** Display order among systems (smaller first). */
  order: z.number().int().nonnegative(),
});

/** A domain: a group of a system's codes, e.g. 群组系统 (`content/catalog/<system>/<domain>.yaml`). */
export const domainSchema = z
  .strictObject({
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
    /** The id of the system's source its codes come from, unless a code names another. */
    source: idSchema.optional(),
    /** The domain's codes, in the order of the source. */
    codes: z.array(codeSchema).default([]),
    /** Blocks of numbers the domain reserves. */
    ranges: z.array(rangeSchema).default([]),
  })
  .refine((domain) => domain.codes.length + domain.ranges.length > 0, {
    error: 'a domain needs at least one code or range',
    path: ['codes'],
  });

/** One kind of problem, shared by every system (`content/catalog/categories.yaml`). */
const categorySchema = z.strictObject({
  /** URL segment, e.g. `auth`. */
  id: idSchema,
  /** Chinese name, e.g. `认证与签名`. */
  name: textSchema,
  /** One paragraph on what belongs here. */
  description: textSchema,
});

/** The taxonomy file. */
export const taxonomySchema = z.strictObject({
  /** In display order. */
  categories: z.array(categorySchema).min(1, { error: 'the taxonomy needs at least one category' }),
});

export type Link = z.output<typeof linkSchema>;
export type CodeRange = z.output<typeof rangeSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Category = z.output<typeof categorySchema>;
export type Taxonomy = z.output<typeof taxonomySchema>;
export type NewerStatement = z.output<typeof newerStatementSchema>;
export type Actor = Code['actor'];
export type Retry = Code['retry'];
export type Code = z.output<typeof codeSchema>;
export type CodeInput = z.input<typeof codeSchema>;
export type System = z.output<typeof systemSchema>;
export type Domain = z.output<typeof domainSchema>;
export type DomainInput = z.input<typeof domainSchema>;
export type SystemInput = z.input<typeof systemSchema>;
