import { formatOtherPlace, makeProblem } from '../problems.ts';
import { findDuplicates } from './find-duplicates.ts';
import type { CatalogRule } from './types.ts';

export const duplicateDomain: CatalogRule = {
  name: 'duplicate-domain',
  check: ({ domains }) =>
    findDuplicates(domains, (domain) => `${domain.value.system}/${domain.value.id}`).map(({ item, first }) => {
      const at = item.yaml.locate(['id']);
      return makeProblem(
        at,
        `duplicate domain id "${item.value.id}" in system "${item.value.system}" (first at ` +
          `${formatOtherPlace(first.yaml.locate(['id']), at)})`,
        'give each domain of a system its own id, or merge the two files',
      );
    }),
};
