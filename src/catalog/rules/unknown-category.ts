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
    // A further meaning carries its own judgement, so its category is checked like a code's.
    const judged = getEntries(domains).flatMap(({ entry, label, locate }) => [
      { category: entry.category, what: `code ${label}`, locate },
      ...('code' in entry ? (entry.meanings ?? []) : []).map((meaning, index) => ({
        category: meaning.category,
        what: `meaning "${meaning.id}" of code ${label}`,
        locate: (...path: (string | number)[]) => locate('meanings', index, ...path),
      })),
    ]);
    return judged
      .filter(({ category }) => !known.includes(category))
      .map(({ category, what, locate }) => {
        const closest = getClosest(category, known);
        return makeProblem(
          locate('category'),
          `${what} has category "${category}", which is not in ${taxonomy.yaml.file}`,
          `${closest ? `did you mean "${closest}"? ` : ''}categories: ${known.join(', ')}; a new kind of problem needs an entry in ` +
            `${taxonomy.yaml.file} first`,
        );
      });
  },
};
