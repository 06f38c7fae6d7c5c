/**
 * Codes of other systems that name the same problem (an expired token, a full group): the page's links
 * across systems, by the `problem` the catalog assigns, not by shared words.
 */
import type { Catalog } from './model.ts';
import { getMeanings } from './meanings.ts';
import type { CodeEntry } from './queries.ts';
import type { SharedProblem } from './schema.ts';

/** A problem a code names, with codes of other systems naming it too. */
export interface ProblemLinks {
  problem: SharedProblem;
  /** The first few, taking each other system in turn so that one system's many codes do not crowd out the rest. */
  others: CodeEntry[];
  /** How many there are in all. */
  total: number;
}

/** The problems a code names, through any of its meanings, in the order first named. */
function getCodeProblems(entry: CodeEntry): string[] {
  return [...new Set(getMeanings(entry.code).flatMap((meaning) => (meaning.problem ? [meaning.problem] : [])))];
}

/** For each code, the problems it names with other systems' active codes naming them; none when it names none. */
export function makeProblemLinker(catalog: Catalog, entries: readonly CodeEntry[]): (entry: CodeEntry, limit: number) => ProblemLinks[] {
  const byProblem = new Map<string, CodeEntry[]>();
  for (const entry of entries) {
    if (entry.code.status !== 'active') continue;
    for (const problem of getCodeProblems(entry)) byProblem.set(problem, [...(byProblem.get(problem) ?? []), entry]);
  }
  return (entry, limit) =>
    getCodeProblems(entry).flatMap((id) => {
      const problem = catalog.problems.find((candidate) => candidate.id === id);
      const members = (byProblem.get(id) ?? []).filter((other) => other.system !== entry.system);
      if (!problem || members.length === 0) return [];
      // Entries come in system order; interleave the systems so the first few span them.
      const bySystem = [...Map.groupBy(members, (other) => other.system).values()];
      const others: CodeEntry[] = [];
      for (let round = 0; others.length < Math.min(limit, members.length); round++)
        for (const group of bySystem) if (group[round] && others.length < limit) others.push(group[round]!);
      return [{ problem, others, total: members.length }];
    });
}
