import { formatOtherPlace, makeProblem } from '../problems.ts';
import { getCodeMeanings } from './each-meaning.ts';
import { findDuplicates } from './find-duplicates.ts';
import type { CatalogRule } from './types.ts';

/** Two meanings of one number in the same context could not be told apart by a reader or a lookup. */
export const duplicateContext: CatalogRule = {
  name: 'duplicate-context',
  check: ({ domains }) =>
    getCodeMeanings(domains).flatMap((code) =>
      findDuplicates(
        code.meanings.filter((meaning) => meaning.context !== undefined),
        (meaning) => meaning.context!,
      ).map(({ item, first }) => {
        const at = item.locate('context');
        return makeProblem(
          at,
          `${item.label} has context "${item.context}", like ${first.label} (at ${formatOtherPlace(first.locate('context'), at)})`,
          'meanings of one number differ by where it arrives: give one of them another context, or merge the two meanings',
        );
      }),
    ),
};
