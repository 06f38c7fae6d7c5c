/** Constant names in a paste (ERR_SDK_NOT_INITIALIZED, kConnectionStatusTokenIncorrect): each names one entry. */
import { MARK_SCORES } from './scores.ts';
import type { LookupEntry, Mention } from './types.ts';

/** `names`: the index's entries by constant name. */
export function findNameMentions(norm: string, names: ReadonlyMap<string, readonly LookupEntry[]>): Mention[] {
  if (names.size === 0) return [];
  const mentions: Mention[] = [];
  for (const token of norm.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    for (const entry of names.get(token[0]) ?? []) {
      const span = { start: token.index, end: token.index + token[0].length };
      mentions.push({ value: entry.code, ...span, score: MARK_SCORES.name, reason: '常量名', entry });
    }
  }
  return mentions;
}
