import { makeProblem } from '../problems.ts';
import words from './data/retry-words.json' with { type: 'json' };
import { getEntries } from './each-code.ts';
import type { CatalogRule } from './types.ts';

const toPatterns = (sources: readonly string[]) => sources.map((source) => new RegExp(source));
const FIX_THEN_RETRY = toPatterns(words.fixThenRetry);
const NOT_A_RETRY = toPatterns(words.notARetry);
const WAIT_FOR_STATE = toPatterns(words.waitForState);

/** The first clause of `advice` that one of `patterns` matches and none of `unless` does. */
function findClause(advice: string, patterns: RegExp[], unless: RegExp[] = []): string | undefined {
  return advice
    .split(/[；。，;,]/)
    .map((clause) => clause.trim())
    .find((clause) => patterns.some((pattern) => pattern.test(clause)) && !unless.some((pattern) => pattern.test(clause)));
}

/**
 * `retry` and `advice` are read side by side: "不要重试" beside advice that says to change the content and
 * send again, or "稍后重试（退避）" beside advice that waits for a callback, tells the reader two things.
 * Network errors may wait for the connection: the SDK reconnects on its own schedule, which is a backoff.
 */
export const retryContradictsAdvice: CatalogRule = {
  name: 'retry-contradicts-advice',
  check: ({ domains }) =>
    getEntries(domains).flatMap(({ entry, label, locate }) => {
      const advice = entry.advice ?? '';
      if (entry.retry === 'no') {
        const clause = findClause(advice, FIX_THEN_RETRY, NOT_A_RETRY);
        if (clause)
          return [
            makeProblem(
              locate('retry'),
              `code ${label} has retry "no", but its advice tells the reader to change something and try again ("${clause}")`,
              'if the call succeeds once the content, setting or state is changed, write retry: after-fix; if it never does, reword ' +
                'the advice so that it does not promise a second attempt',
            ),
          ];
      }
      if (entry.retry === 'backoff' && entry.category !== 'network') {
        const clause = findClause(advice, WAIT_FOR_STATE);
        if (clause)
          return [
            makeProblem(
              locate('retry'),
              `code ${label} has retry "backoff", but its advice waits for an event or a state change ("${clause}")`,
              'waiting longer brings no state change: write retry: after-fix and name the callback or state to wait for, or reword the ' +
                'advice if a delay alone helps',
            ),
          ];
      }
      return [];
    }),
};
