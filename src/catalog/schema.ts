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

/** When retrying can succeed, in more detail than `retry`: what `retryPolicy.when` may say. */
const RETRY_WHEN = {
  never: '不要重试',
  'after-fix': '修正后重试',
  'after-state-change': '等状态变化后重试',
  backoff: '退避重试',
  immediate: '可直接重试',
} as const;

/** One plausible cause of a code and what fixes it, for codes with more than one cause. */
const causeSchema = z.strictObject({
  /** What may have happened, in the catalog's own words. */
  cause: textSchema,
  /** What fixes that cause. */
  fix: textSchema,
  /** Where to fix it: the vendor's document or console page. */
  link: webUrlSchema.optional(),
});

/** How an app should retry, for code that acts on it: the machine-readable side of `retry`. */
const retryPolicySchema = z.strictObject({
  /** `never`, `after-fix`, `after-state-change` (wait for an event, see `wait`), `backoff` or `immediate`. */
  when: enumOf(RETRY_WHEN, 'when: backoff'),
  /** The event to wait for, in our words, e.g. `连接状态回调变为已连接`; for `after-state-change`. */
  wait: textSchema.optional(),
  /** For `backoff`: the first wait, in seconds. */
  initialDelaySeconds: z.number({ error: 'must be a number of seconds' }).positive().optional(),
  /** For `backoff`: the longest wait, in seconds; fits the cause (a daily quota is not a blip). */
  maxDelaySeconds: z.number({ error: 'must be a number of seconds' }).positive().optional(),
  /** The failed write may already have taken effect (a timeout): retry with a dedup key or check first. */
  maybeApplied: z.literal(true).optional(),
});

/** What the vendor's current documentation says to do about a code, paraphrased in our words. */
const vendorHandlingSchema = z.strictObject({
  /** The vendor's handling, in the catalog's own words. */
  says: textSchema,
  /** The id of the system's source that gives it; its `read` is shown as the date. */
  source: idSchema,
});

/**
 * The structured answer beside the judgement, all optional so a simple code stays short: causes with
 * their fixes, the retry policy, words for the end user, the vendor's current handling, the shared problem.
 */
const answerFields = {
  /** Two or more plausible causes, each with its fix; a code with one cause says it in `advice`. */
  causes: z.array(causeSchema).optional(),
  /** How to retry; must agree with `retry`. */
  retryPolicy: retryPolicySchema.optional(),
  /** A short 提示文案 an app may show its end user: plain Chinese, no codes, no jargon. */
  userMessage: textSchema.optional(),
  /** The vendor's current handling, in our words, with its source. */
  vendorHandling: vendorHandlingSchema.optional(),
  /** The id of a shared problem of `categories.yaml` (`problems`): links codes of other systems naming it. */
  problem: idSchema.optional(),
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

/** A further spelling of a code's constant on one platform, e.g. iOS `kConnectionStatusKickedoff`. */
const platformNameSchema = z.strictObject({
  /** The constant as that platform's SDK spells it. */
  name: constantNameSchema,
  /** Where this spelling is used, as a reader knows it, e.g. `Android`, `iOS`, `proto.h`, `Web`. */
  platform: textSchema,
  /** Where the spelling is defined, when not in the source of the code or meaning it names (e.g. a seed code's header name). */
  ...citationFields,
});

/**
 * An English description the SDK or REST API itself returns or defines for the code, copied exactly: a
 * fact for the lookup to recognise in a paste, never prose for pages. Cite where it was read.
 */
const englishStringSchema = z.strictObject({
  /** The exact string, e.g. `sdk not initialized`. */
  text: textSchema,
  /** The id of the system's source the string was read in. */
  source: idSchema,
  /** The line of that source file, for repository files. */
  line: z.number({ error: 'must be a line number' }).int().positive().optional(),
});

/**
 * Fields that tell a code's meanings apart and let a paste be matched to one: the context the number
 * arrives in, the constant's spellings per platform, and the SDK's English strings.
 */
const meaningKeyFields = {
  /**
   * The id of one of the system's `contexts`: where the number arrives when it means this (a callback, a
   * REST field, an SDK generation). Required on a code with `meanings` and on each of them.
   */
  context: idSchema.optional(),
  /** Further spellings of the constant, per platform; `name` stays the main one. */
  names: z.array(platformNameSchema).optional(),
  /** Exact English strings of the SDK or REST API for this meaning, with their source. */
  english: z.array(englishStringSchema).optional(),
};

/**
 * A further meaning of the same number in the same system, e.g. WildfireChat -6 as an operation's error
 * (no network) beside its connection status (secret key mismatch). Always in the catalog's own words.
 */
const meaningSchema = z.strictObject({
  /** kebab-case anchor of the meaning on the code's page (`/wildfirechat/-6/#local-nonet`), unique within the code. */
  id: idSchema,
  /** The constant the SDK names this meaning with. */
  name: constantNameSchema.optional(),
  /** What the number means in this context, in the catalog's own words. */
  message: textSchema,
  ...meaningKeyFields,
  ...citationFields,
  ...judgementFields,
  ...answerFields,
  /** What to do, in the catalog's own words (a meaning has no vendor handling to fall back on). */
  advice: textSchema,
  /**
   * `true` when this is what a reader with a current SDK most likely has and it replaced the code's own
   * (older, e.g. seed) meaning: it then heads the page, and the code's own text is shown as the older one.
   */
  current: z.literal(true).optional(),
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
  ...answerFields,
  /** The code's own fields are its first meaning; these say where it arrives, how it is spelt, what the SDK says. */
  ...meaningKeyFields,
  /** Further meanings of the same number (see `meaningSchema`); a code with one meaning leaves this out. */
  meanings: z.array(meaningSchema).optional(),
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

/**
 * A context a system's numbers arrive in, e.g. WildfireChat's connection-status callback or an
 * operation's failure callback: it decides which meaning a number has.
 */
const contextSchema = z.strictObject({
  /** The id codes and meanings cite it by, e.g. `connection-status`. */
  id: idSchema,
  /** Chinese display name, e.g. `连接状态回调`. */
  name: textSchema,
  /** Where the number arrives, in the catalog's own words: how a reader tells this context from the others. */
  description: textSchema,
  /** Words that show this context in a pasted log or code (matched whole), e.g. `onConnectionStatusChange`, `连接状态`. */
  hints: z.array(textSchema).default([]),
  /** SDK versions the context covers, where a source says so, e.g. `IMSDK 4.x 起`. */
  versions: z.array(textSchema).optional(),
  /** Platforms the context covers, where a source says so, e.g. `iOS`. */
  platforms: z.array(textSchema).optional(),
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
  /** Where the system's numbers arrive, for codes whose number means different things in different places. */
  contexts: z.array(contextSchema).default([]),
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

/** A problem several systems name with codes of their own (an expired token, a full group): links them across systems. */
const sharedProblemSchema = z.strictObject({
  /** What codes name it by (`problem: token-expired`). */
  id: idSchema,
  /** Chinese name, e.g. `凭证过期`. */
  name: textSchema,
});

/** The taxonomy file. */
export const taxonomySchema = z.strictObject({
  /** In display order. */
  categories: z.array(categorySchema).min(1, { error: 'the taxonomy needs at least one category' }),
  /** Problems shared across systems, for the page's links to other systems' codes of the same problem. */
  problems: z.array(sharedProblemSchema).default([]),
});

export type Link = z.output<typeof linkSchema>;
export type CodeRange = z.output<typeof rangeSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Category = z.output<typeof categorySchema>;
export type SharedProblem = z.output<typeof sharedProblemSchema>;
export type Cause = z.output<typeof causeSchema>;
export type RetryPolicy = z.output<typeof retryPolicySchema>;
export type VendorHandling = z.output<typeof vendorHandlingSchema>;
export type Taxonomy = z.output<typeof taxonomySchema>;
export type NewerStatement = z.output<typeof newerStatementSchema>;
export type CodeMeaning = z.output<typeof meaningSchema>;
export type CodeContext = z.output<typeof contextSchema>;
export type PlatformName = z.output<typeof platformNameSchema>;
export type EnglishString = z.output<typeof englishStringSchema>;
export type Actor = Code['actor'];
export type Retry = Code['retry'];
export type Code = z.output<typeof codeSchema>;
export type CodeInput = z.input<typeof codeSchema>;
export type System = z.output<typeof systemSchema>;
export type Domain = z.output<typeof domainSchema>;
export type DomainInput = z.input<typeof domainSchema>;
export type SystemInput = z.input<typeof systemSchema>;
