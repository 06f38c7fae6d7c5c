import { formatOtherPlace, makeProblem } from '../problems.ts';
import { getEntries } from './each-code.ts';
import { findDuplicates } from './find-duplicates.ts';
import type { CatalogRule } from './types.ts';

/** A constant name leads a pasted log to one code, so it may name only one code of a system. */
export const duplicateName: CatalogRule = {
  name: 'duplicate-name',
  check: ({ domains }) =>
    findDuplicates(
      getEntries(domains).filter((entry) => 'name' in entry.entry && entry.entry.name !== undefined),
      (entry) => `${entry.system} ${'name' in entry.entry ? entry.entry.name : ''}`,
    ).map(({ item, first }) => {
      const at = item.locate('name');
      return makeProblem(
        at,
        `constant name of code ${item.label} is already the name of code ${first.label} in system "${item.system}" (at ` +
          `${formatOtherPlace(first.locate('name'), at)})`,
        'a constant names one code: correct one of the two, or keep the name on the code the SDK defines it for',
      );
    }),
};
