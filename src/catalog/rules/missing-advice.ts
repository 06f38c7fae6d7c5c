import { makeProblem } from '../problems.ts';
import { getEntries } from './each-code.ts';
import type { CatalogRule } from './types.ts';

/** A reader always learns what to do: from the source's handling, or else from the catalog's advice. */
export const missingAdvice: CatalogRule = {
  name: 'missing-advice',
  check: ({ domains }) =>
    getEntries(domains)
      .filter(({ entry }) => entry.advice === undefined && !('handling' in entry && entry.handling !== undefined))
      .map(({ label, locate }) =>
        makeProblem(
          locate('category'),
          `code ${label} has no "advice" and its source gives no "handling"`,
          'add "advice: …": one to three sentences in our own words on what to check, change or log before contacting support',
        ),
      ),
};
