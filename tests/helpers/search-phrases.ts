/** Queries a reader would type for each code: its number, and the most distinctive clause of its message. */
import type { CodeEntry } from '../../src/catalog/queries.ts';

const CLAUSE_BREAK = /[，。,；;：:！!？?（）()、“”"'\s]+/;

function getClauses(message: string): string[] {
  return [...new Set(message.split(CLAUSE_BREAK).map((clause) => clause.trim()))].filter((clause) => [...clause].length >= 2);
}

/**
 * The clause of the message that the fewest other messages contain, the longest among equals; undefined
 * when no clause of at least five characters belongs to this message alone ("内部错误，请重试" is shared
 * by dozens of codes): such a code is found by its number, not by a phrase.
 */
export function getDistinctivePhrase(entry: CodeEntry, all: readonly CodeEntry[]): string | undefined {
  const messages = [...new Set(all.map((other) => other.code.message))];
  const clauses = getClauses(entry.code.message);
  const scored = clauses.map((clause) => ({ clause, uses: messages.filter((message) => message.includes(clause)).length }));
  scored.sort((a, b) => a.uses - b.uses || [...b.clause].length - [...a.clause].length);
  const best = scored[0];
  return best?.uses === 1 && [...best.clause].length >= 5 ? best.clause : undefined;
}
