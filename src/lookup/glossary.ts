/**
 * The glossary (data/glossary.json): groups of words people use for one meaning, Chinese and English.
 * Message matching turns every word of a group into the group's one key on both sides, so 被顶,
 * "kicked off" and the catalog's 被踢 meet; the search query gets the catalog's own word.
 */
import { escapeRegExp } from './characters.ts';
import glossary from './data/glossary.json' with { type: 'json' };

interface GlossaryGroup {
  /** The word the catalog's messages use, e.g. 签名. */
  catalog: string;
  words: readonly string[];
  /** Too common to be a reason or a match on its own (SDK, error, failed). */
  weak?: boolean;
  /** Groups (by `catalog`) whose meaning the words also carry: 撤回超时 is a recall too, not only its time limit. */
  also?: readonly string[];
}

export interface GlossaryTerm {
  group: GlossaryGroup;
  /** The group's feature key, e.g. '~签名'. */
  key: string;
  /** The keys of the groups it also means (`also`). */
  alsoKeys: string[];
  start: number;
  end: number;
}

const GROUPS: readonly GlossaryGroup[] = glossary.groups;
const BY_WORD = new Map<string, GlossaryGroup>();
for (const group of GROUPS) for (const word of group.words) if (!BY_WORD.has(word.toLowerCase())) BY_WORD.set(word.toLowerCase(), group);

/** Longest first, so 未登录 is taken whole rather than as 登录, "kicked off" rather than "kicked". */
const PATTERN = new RegExp(
  [...BY_WORD.keys()]
    .sort((a, b) => b.length - a.length)
    .map((word) => (/^[a-z]/.test(word) ? `\\b${escapeRegExp(word)}\\b` : escapeRegExp(word)))
    .join('|'),
  'g',
);

/** The feature key standing for a whole group, by the group's `catalog` word. */
function getGroupKey(catalog: string): string {
  return `~${catalog}`;
}

/** Whether a feature key stands for a glossary group (a meaning) rather than a character pair or a word (wording). */
export function isGroupKey(key: string): boolean {
  return key.startsWith('~');
}

/** Keys that never count on their own: the weak groups' keys, their words and their words' character pairs. */
export const WEAK_KEYS: ReadonlySet<string> = new Set(
  GROUPS.filter((group) => group.weak).flatMap((group) => [
    getGroupKey(group.catalog),
    ...group.words.flatMap((word) => (/^[a-z]/.test(word) ? [word] : [...word].slice(1).map((char, i) => word[i]! + char))),
  ]),
);

/** The glossary's words in lower-cased text, each with its group, in text order, without overlaps. */
export function findGlossaryTerms(lowercased: string): GlossaryTerm[] {
  return [...lowercased.matchAll(PATTERN)].map((match) => {
    const group = BY_WORD.get(match[0])!;
    const alsoKeys = (group.also ?? []).map(getGroupKey);
    return { group, key: getGroupKey(group.catalog), alsoKeys, start: match.index, end: match.index + match[0].length };
  });
}
