import { formatOtherPlace, makeProblem } from '../problems.ts';
import { getEntries } from './each-code.ts';
import { findDuplicates } from './find-duplicates.ts';
import type { CatalogRule } from './types.ts';

export const duplicateCode: CatalogRule = {
  name: 'duplicate-code',
  check: ({ domains }) =>
    findDuplicates(
      getEntries(domains).filter((entry) => 'code' in entry.entry),
      (entry) => `${entry.system} ${entry.label}`,
    ).map(({ item, first }) => {
      const at = item.locate('code');
      return makeProblem(
        at,
        `duplicate code ${item.label} in system "${item.system}" (first at ${formatOtherPlace(first.locate('code'), at)})`,
        'a code has one entry per system: merge the two entries, or correct the number of one of them',
      );
    }),
};
