/**
 * A code's meanings: the one way every layer (pages, exports, lookup) reads what a number means. The code's
 * own fields are one meaning, its `meanings` the others; the first returned is the page's headline.
 */
import type { CatalogCode, CatalogSystem } from './model.ts';
import type {
  Cause,
  CodeContext,
  CodeMeaning,
  EnglishString,
  Link,
  NewerStatement,
  PlatformName,
  RetryPolicy,
  VendorHandling,
} from './schema.ts';

/** One meaning of a code, whether written as the code's own fields or as one of its `meanings`. */
export interface Meaning {
  /** Anchor on the code's page: a further meaning's `id`; the code's own meaning takes its context's id. */
  id: string;
  /** The id of the system's context the number arrives in with this meaning; none on a single-meaning code without one. */
  context?: string;
  /** The main constant name. */
  name?: string;
  /** Further spellings per platform. */
  names: PlatformName[];
  /** Every constant spelling, main first, without repeats: what a lookup by name matches. */
  allNames: string[];
  english: EnglishString[];
  message: string;
  source: string;
  line?: number;
  category: CodeMeaning['category'];
  retry: CodeMeaning['retry'];
  actor: CodeMeaning['actor'];
  advice?: string;
  doubt?: string;
  causes?: Cause[];
  retryPolicy?: RetryPolicy;
  userMessage?: string;
  vendorHandling?: VendorHandling;
  /** The id of the shared problem it names, if any. */
  problem?: string;
  /** Only the code's own meaning can carry vendor handling, links and newer statements. */
  handling?: string;
  links?: Link[];
  newer?: NewerStatement[];
  /** The code's own fields (e.g. the seed's row), as opposed to one of its `meanings`. */
  isOwn: boolean;
  /** A further meaning marked `current: true`: it replaced the code's own as what a current SDK means. */
  isCurrent: boolean;
}

/** The id the code's own meaning is anchored by when it has no context (a single-meaning code). */
const OWN_MEANING_ID = 'meaning';

function getAllNames(name: string | undefined, names: readonly PlatformName[]): string[] {
  return [...new Set([...(name ? [name] : []), ...names.map((spelling) => spelling.name)])];
}

/** The structured answer's fields as written, absent ones left out. */
function getAnswer(written: Pick<CodeMeaning, 'causes' | 'retryPolicy' | 'userMessage' | 'vendorHandling' | 'problem'>) {
  return {
    ...(written.causes ? { causes: written.causes } : {}),
    ...(written.retryPolicy ? { retryPolicy: written.retryPolicy } : {}),
    ...(written.userMessage ? { userMessage: written.userMessage } : {}),
    ...(written.vendorHandling ? { vendorHandling: written.vendorHandling } : {}),
    ...(written.problem ? { problem: written.problem } : {}),
  };
}

/**
 * Every meaning of a code, the headline first: a `current` meaning, else the code's own; the rest in the
 * order written. A single-meaning code gives exactly one, made of its own fields.
 */
export function getMeanings(code: CatalogCode): Meaning[] {
  const own: Meaning = {
    id: code.context ?? OWN_MEANING_ID,
    context: code.context,
    name: code.name,
    names: code.names ?? [],
    allNames: getAllNames(code.name, code.names ?? []),
    english: code.english ?? [],
    message: code.message,
    source: code.source,
    line: code.line,
    category: code.category,
    retry: code.retry,
    actor: code.actor,
    advice: code.advice,
    doubt: code.doubt,
    ...getAnswer(code),
    handling: code.handling,
    links: code.links,
    newer: code.newer,
    isOwn: true,
    isCurrent: false,
  };
  const others = (code.meanings ?? []).map((meaning): Meaning => ({
    id: meaning.id,
    context: meaning.context,
    name: meaning.name,
    names: meaning.names ?? [],
    allNames: getAllNames(meaning.name, meaning.names ?? []),
    english: meaning.english ?? [],
    message: meaning.message,
    source: meaning.source,
    line: meaning.line,
    category: meaning.category,
    retry: meaning.retry,
    actor: meaning.actor,
    advice: meaning.advice,
    doubt: meaning.doubt,
    ...getAnswer(meaning),
    isOwn: false,
    isCurrent: meaning.current === true,
  }));
  const current = others.find((meaning) => meaning.isCurrent);
  return current ? [current, own, ...others.filter((meaning) => meaning !== current)] : [own, ...others];
}

/** The meaning a page is titled by: what a reader with a current SDK most likely has. */
export function getHeadline(code: CatalogCode): Meaning {
  return getMeanings(code)[0]!;
}

/** A context of the system by id; the lint rule unknown-context guarantees it exists. */
export function getContext(system: CatalogSystem, id: string): CodeContext {
  const context = system.contexts.find((candidate) => candidate.id === id);
  if (!context) throw new Error(`system ${system.id} has no context ${id}`);
  return context;
}

/** How a meaning is named beside the others: its context's name ("连接状态回调"). */
export function getMeaningLabel(system: CatalogSystem, meaning: Meaning): string {
  return meaning.context ? getContext(system, meaning.context).name : '';
}

/**
 * Every meaning in one line, each with its context ("连接状态回调：… / 操作失败回调：…"), or the message of a
 * single-meaning code: for link previews and the pages that list a number's codes.
 */
export function getMeaningsSummary(system: CatalogSystem, code: CatalogCode): string {
  const meanings = getMeanings(code);
  if (meanings.length === 1) return code.message;
  return meanings.map((meaning) => `${getMeaningLabel(system, meaning)}：${meaning.message}`).join(' / ');
}
