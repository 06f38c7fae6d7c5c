import { formatOtherPlace, makeProblem } from '../problems.ts';
import { findDuplicates } from './find-duplicates.ts';
import type { CatalogRule } from './types.ts';

export const duplicateSystem: CatalogRule = {
  name: 'duplicate-system',
  check: ({ systems }) =>
    findDuplicates(systems, (system) => system.value.id).map(({ item, first }) => {
      const at = item.yaml.locate(['id']);
      return makeProblem(
        at,
        `duplicate system id "${item.value.id}" (first at ${formatOtherPlace(first.yaml.locate(['id']), at)})`,
        'give each system its own id; URLs are made from it',
      );
    }),
};
