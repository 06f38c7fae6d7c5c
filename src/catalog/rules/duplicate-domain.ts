import { formatOtherPlace, makeProblem } from '../problems.ts';
import { findDuplicates } from './find-duplicates.ts';
import type { CatalogRule } from './types.ts';

export const duplicateDomain: CatalogRule = {
  name: 'duplicate-domain',
  check: ({ domains }) =>
    findDuplicates(domains.map((domain) => ({ key: `${domain.value.system}/${domain.value.id}`, at: domain.yaml.locate(['id']) }))).map(
      ({ key, at, first }) =>
        makeProblem(
          at,
          `duplicate domain id "${key.split('/')[1]}" in system "${key.split('/')[0]}" (first at ${formatOtherPlace(first, at)})`,
          'give each domain of a system its own id, or merge the two files',
        ),
    ),
};
