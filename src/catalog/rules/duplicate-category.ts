import { formatOtherPlace, makeProblem } from '../problems.ts';
import { findDuplicates } from './find-duplicates.ts';
import type { CatalogRule } from './types.ts';

export const duplicateCategory: CatalogRule = {
  name: 'duplicate-category',
  check: ({ taxonomy }) => {
    if (!taxonomy) return [];
    const located = taxonomy.value.categories.map((category, index) => ({
      category,
      at: taxonomy.yaml.locate(['categories', index, 'id']),
    }));
    return findDuplicates(located, ({ category }) => category.id).map(({ item, first }) =>
      makeProblem(
        item.at,
        `duplicate category id "${item.category.id}" (first at ${formatOtherPlace(first.at, item.at)})`,
        'give each category its own id; its page URL is made from it',
      ),
    );
  },
};
