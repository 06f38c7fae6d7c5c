/** Queries a reader would type for each code: its number, and the most distinctive clause of its message. */
import type { CodeEntry } from '../../src/catalog/queries.ts';

const CLAUSE_BREAK = /[，。,；;：:！!？?（）()、“”"'\s]+/;

function getClauses(message: string): string[] {
  return [...new Set(message.split(CLAUSE_BREAK).map((clause) => clause.trim()))].filter((clause) => [...clause].length >= 2);
}

/** The clause of the message that the fewest other messages contain; the longest among equals. */
export function getDistinctivePhrase(entry: CodeEntry, all: readonly CodeEntry[]): string {
  const messages = [...new Set(all.map((other) => other.code.message))];
  const clauses = getClauses(entry.code.message);
  if (clauses.length === 0) return entry.code.message;
  const scored = clauses.map((clause) => ({ clause, uses: messages.filter((message) => message.includes(clause)).length }));
  scored.sort((a, b) => a.uses - b.uses || [...b.clause].length - [...a.clause].length);
  return scored[0]!.clause;
}
