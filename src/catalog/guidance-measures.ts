/** The measures `npm run report:guidance` prints: how much of the catalog gives a structured answer. */
import { getMeanings, type Meaning } from './meanings.ts';
import type { Catalog } from './model.ts';
import type { Problem } from './problems.ts';
import { getCodeEntries } from './queries.ts';
import { rules } from './rules/index.ts';

/** An advice text on this many codes or more is filler, not advice for a code. */
const REPEATED_ADVICE_MIN = 3;

export interface GuidanceMeasures {
  codes: number;
  /** Codes with the field on any of their meanings. */
  withCauses: number;
  withRetryPolicy: number;
  withUserMessage: number;
  withVendorHandling: number;
  withProblem: number;
  /** Codes (any meaning) whose retry is backoff but which give no policy. */
  backoffWithoutPolicy: number;
  /** Codes whose actor is the end user (any meaning) without words for them. */
  endUserWithoutMessage: number;
  /** Advice texts repeated verbatim on three or more codes or meanings, with how often. */
  repeatedAdvice: [text: string, count: number][];
}

export function getGuidanceMeasures(catalog: Catalog): GuidanceMeasures {
  const codes = getCodeEntries(catalog).map((entry) => getMeanings(entry.code));
  const count = (test: (meaning: Meaning) => boolean) => codes.filter((meanings) => meanings.some(test)).length;
  const advice = Map.groupBy(
    codes.flat().flatMap((meaning) => (meaning.advice ? [meaning.advice] : [])),
    (text) => text,
  );
  return {
    codes: codes.length,
    withCauses: count((meaning) => (meaning.causes?.length ?? 0) > 0),
    withRetryPolicy: count((meaning) => meaning.retryPolicy !== undefined),
    withUserMessage: count((meaning) => meaning.userMessage !== undefined),
    withVendorHandling: count((meaning) => meaning.vendorHandling !== undefined),
    withProblem: count((meaning) => meaning.problem !== undefined),
    backoffWithoutPolicy: count((meaning) => meaning.retry === 'backoff' && meaning.retryPolicy === undefined),
    endUserWithoutMessage: count((meaning) => meaning.actor === 'end-user' && meaning.userMessage === undefined),
    repeatedAdvice: [...advice]
      .filter(([, texts]) => texts.length >= REPEATED_ADVICE_MIN)
      .map(([text, texts]): [string, number] => [text, texts.length])
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}

/** Problems per lint rule, every rule listed (0 where it found none), in the rules' order. */
export function countByRule(problems: readonly Problem[]): [rule: string, count: number][] {
  return rules.map((rule) => [rule.name, problems.filter((problem) => problem.rule === rule.name).length]);
}
