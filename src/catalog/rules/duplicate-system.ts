import { formatOtherPlace, makeProblem } from '../problems.ts';
import type { CatalogRule } from './types.ts';
import { findDuplicates } from './find-duplicates.ts';

export const duplicateSystem: CatalogRule = {
  name: 'duplicate-system',
  check: ({ systems }) =>
    findDuplicates(systems.map((system) => ({ key: system.value.id, at: system.yaml.locate(['id']) }))).map(({ key, at, first }) =>
      makeProblem(at, `duplicate system id "${key}" (first at ${formatOtherPlace(first, at)})`, 'give each system its own id; URLs are made from it'),
    ),
};
