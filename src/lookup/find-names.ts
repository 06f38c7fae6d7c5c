/** Constant names in a paste (ERR_SDK_NOT_INITIALIZED, kConnectionStatusTokenIncorrect): each names one entry. */
import { MARK_SCORES } from './scores.ts';
import type { LookupEntry, Mention } from './types.ts';
import { SHARED_NAMES } from './words.ts';

/**
 * `names`: the index's entries by constant name. A name other software uses too (NetworkError, SUCCESS) is a
 * weaker mark: in "TypeError: NetworkError when attempting to fetch resource." it is the browser's.
 */
export function findNameMentions(norm: string, names: ReadonlyMap<string, readonly LookupEntry[]>): Mention[] {
  if (names.size === 0) return [];
  const mentions: Mention[] = [];
  for (const token of norm.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    const shared = SHARED_NAMES.has(token[0]);
    const mark = shared
      ? { score: MARK_SCORES.sharedName, reason: '常量名（别的软件也用）' }
      : { score: MARK_SCORES.name, reason: '常量名' };
    for (const entry of names.get(token[0]) ?? []) {
      mentions.push({ value: entry.code, start: token.index, end: token.index + token[0].length, ...mark, entry });
    }
  }
  return mentions;
}
