/**
 * The lookup judged on queries in readers' own words and SDK/REST strings
 * (tests/fixtures/pastes/own-words.yaml), through lookUpPaste: what the lookup box and the search
 * dialog's lookup hits show. A held-out set: the lookup is never tuned on it.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { CodeIndex } from '../../src/exports/code-index.ts';
import { lookUpPaste, type LookupOutcome } from '../../src/lookup/look-up-paste.ts';
import { makeFamilyTally } from './family-tally.ts';

type Pair = [system: string, code: string];

interface OwnWordsCase {
  id: string;
  family: string;
  paste: string;
  expect: Pair[];
  avoid?: Pair[];
  missing?: string;
}

interface Tally {
  cases: number;
  /** Cases with a right page. */
  withPage: number;
  top1: number;
  top3: number;
  /** Cases with no right page (foreign, no-code, missing): none may open one. */
  noPage: number;
  wrongPageOpened: number;
  /** Missing cases whose outcome names the missing number. */
  missingCases: number;
  missingReported: number;
  /** Contradiction cases where an `avoid` page opened or came first. */
  avoidedFirst: number;
}

const FIXTURE = new URL('../../tests/fixtures/pastes/own-words.yaml', import.meta.url);

const key = (pair: { system: string; code: string } | Pair) =>
  Array.isArray(pair) ? `${pair[0]}:${pair[1]}` : `${pair.system}:${pair.code}`;
const rate = (count: number, of: number) => (of === 0 ? null : Number((count / of).toFixed(3)));

function makeTally(): Tally {
  return { cases: 0, withPage: 0, top1: 0, top3: 0, noPage: 0, wrongPageOpened: 0, missingCases: 0, missingReported: 0, avoidedFirst: 0 };
}

/** The pages an outcome shows, in order. */
function getShown(outcome: LookupOutcome): string[] {
  if (outcome.kind === 'open') return [key(outcome.hit.match)];
  if (outcome.kind === 'codes' || outcome.kind === 'messages') return outcome.hits.map((hit) => key(hit.match));
  return [];
}

export async function scoreOwnWords(index: CodeIndex) {
  const { cases } = parse(await readFile(FIXTURE, 'utf8')) as { cases: OwnWordsCase[] };
  const known = new Set(index.entries.map(key));
  const unknownExpected = cases.flatMap((c) => [...c.expect, ...(c.avoid ?? [])].filter((pair) => !known.has(key(pair))).map(key));
  const { overall, families, count: countIn } = makeFamilyTally(makeTally);
  const failures: object[] = [];
  for (const c of cases) {
    const count = (field: keyof Tally, yes = true) => countIn(c.family, field, yes);
    const outcome = lookUpPaste(c.paste, index);
    const shown = getShown(outcome);
    const expected = new Set(c.expect.map(key));
    const avoid = new Set((c.avoid ?? []).map(key));
    const problems: string[] = [];
    count('cases');
    if (expected.size > 0) {
      const top1 = expected.has(shown[0] ?? '');
      const top3 = shown.slice(0, 3).some((page) => expected.has(page));
      count('withPage');
      count('top1', top1);
      count('top3', top3);
      if (!top3) problems.push('not in top 3');
      else if (!top1) problems.push('top-1 wrong');
      if (outcome.kind === 'open' && !top1) {
        count('wrongPageOpened');
        problems.push('wrong page opened');
      }
    } else {
      count('noPage');
      if (outcome.kind === 'open') {
        count('wrongPageOpened');
        problems.push('page opened');
      }
    }
    if (avoid.has(shown[0] ?? '')) {
      count('avoidedFirst');
      problems.push(outcome.kind === 'open' ? 'contradicted page opened' : 'contradicted page first');
    }
    if (c.missing !== undefined) {
      count('missingCases');
      const reported = outcome.kind === 'missing' && outcome.code === c.missing;
      count('missingReported', reported);
      if (!reported) problems.push('missing code not reported');
    }
    if (problems.length > 0) failures.push({ id: c.id, paste: c.paste, expect: [...expected], outcome: outcome.kind, shown, problems });
  }
  const summarize = (tally: Tally) => ({
    cases: tally.cases,
    top1: rate(tally.top1, tally.withPage),
    top3: rate(tally.top3, tally.withPage),
    wrongPageOpened: tally.wrongPageOpened,
    counts: tally,
  });
  return {
    overall: summarize(overall),
    byFamily: Object.fromEntries([...families].map(([name, tally]) => [name, summarize(tally)])),
    unknownExpected,
    failures,
  };
}
