/**
 * The glossary (data/glossary.json): groups of words people use for one meaning, Chinese and English.
 * Message matching turns every word of a group into the group's one key on both sides, so 被顶,
 * "kicked off" and the catalog's 被踢 meet; the search query gets the catalog's own word.
 */
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

/** A trie of the glossary's words, one UTF-16 unit per step, as the scan below steps. */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** Where a word ends: whether it is English (starts with a letter), which matches whole words only. */
  ends?: { english: boolean };
}

const TRIE: TrieNode = { next: new Map() };
for (const word of BY_WORD.keys()) {
  let node = TRIE;
  // split(''): UTF-16 units, as the scan steps (for…of would step by code point).
  for (const unit of word.split('')) node = node.next.get(unit) ?? node.next.set(unit, { next: new Map() }).get(unit)!;
  node.ends = { english: /^[a-z]/.test(word) };
}

const isWordChar = (char: string | undefined) => char !== undefined && /\w/.test(char);
/** As `\b` in a regular expression: a word character on one side only. */
const isBoundary = (text: string, at: number) => isWordChar(text[at - 1]) !== isWordChar(text[at]);

/** The end of the longest glossary word starting at `start`, or -1. */
function getLongestWordEnd(text: string, start: number): number {
  let node: TrieNode | undefined = TRIE;
  let end = -1;
  for (let at = start; node && at < text.length;) {
    node = node.next.get(text[at++]!);
    if (node?.ends && (!node.ends.english || (isBoundary(text, start) && isBoundary(text, at)))) end = at;
  }
  return end;
}

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

/**
 * The glossary's words in lower-cased text, each with its group, in text order, without overlaps: at each place
 * the longest word (未登录 whole rather than 登录, "kicked off" rather than "kicked"). A trie scan rather than one
 * regular expression of every word: preparing the catalog's messages for the first paste took 40 ms that way.
 */
export function findGlossaryTerms(lowercased: string): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  for (let start = 0; start < lowercased.length;) {
    const end = getLongestWordEnd(lowercased, start);
    if (end === -1) {
      start++;
      continue;
    }
    const group = BY_WORD.get(lowercased.slice(start, end))!;
    terms.push({ group, key: getGroupKey(group.catalog), alsoKeys: (group.also ?? []).map(getGroupKey), start, end });
    start = end;
  }
  return terms;
}
