import { getClosest } from '../did-you-mean.ts';
import { makeProblem } from '../problems.ts';
import { getEntries } from './each-code.ts';
import type { CatalogRule } from './types.ts';

/** Every code's category is one of the shared taxonomy's. */
export const unknownCategory: CatalogRule = {
  name: 'unknown-category',
  check: ({ domains, taxonomy }) => {
    if (!taxonomy) return [];
    const known = taxonomy.value.categories.map((category) => category.id);
    return getEntries(domains)
      .filter(({ entry }) => !known.includes(entry.category))
      .map(({ entry, label, locate }) => {
        const closest = getClosest(entry.category, known);
        return makeProblem(
          locate('category'),
          `code ${label} has category "${entry.category}", which is not in ${taxonomy.yaml.file}`,
          `${closest ? `did you mean "${closest}"? ` : ''}categories: ${known.join(', ')}; a new kind of problem needs an entry in ${taxonomy.yaml.file} first`,
        );
      });
  },
};
