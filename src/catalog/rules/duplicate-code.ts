import { formatOtherPlace, makeProblem } from '../problems.ts';
import { findDuplicates } from './find-duplicates.ts';
import type { CatalogRule } from './types.ts';

export const duplicateCode: CatalogRule = {
  name: 'duplicate-code',
  check: ({ domains }) =>
    findDuplicates(
      domains.flatMap((domain) =>
        domain.value.codes.map((code, index) => ({
          key: `${domain.value.system} ${code.code}`,
          at: domain.yaml.locate(['codes', index, 'code']),
        })),
      ),
    ).map(({ key, at, first }) => {
      const [system, code] = key.split(' ');
      return makeProblem(
        at,
        `duplicate code ${code} in system "${system}" (first at ${formatOtherPlace(first, at)})`,
        'a code has one entry per system: merge the two entries, or correct the number of one of them',
      );
    }),
};
