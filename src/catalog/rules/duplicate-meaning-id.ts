import { formatOtherPlace, makeProblem } from '../problems.ts';
import { getCodeMeanings } from './each-meaning.ts';
import { findDuplicates } from './find-duplicates.ts';
import type { CatalogRule } from './types.ts';

/**
 * A meaning's id is its anchor on the code's page (`/wildfirechat/-6/#local-nonet`), which links and
 * tickets use; the code's own meaning is anchored by its context, so that id is taken too.
 */
export const duplicateMeaningId: CatalogRule = {
  name: 'duplicate-meaning-id',
  check: ({ domains }) =>
    getCodeMeanings(domains).flatMap((code) =>
      findDuplicates(
        code.meanings.filter((meaning) => meaning.id !== undefined),
        (meaning) => meaning.id!,
      ).map(({ item, first }) => {
        const at = item.locate('id');
        const firstAt = first.locate(first.isOwn ? 'context' : 'id');
        return makeProblem(
          at,
          `meaning id "${item.id}" of code ${code.code} is already the anchor of ` +
            `${first.isOwn ? `the own meaning of code ${code.code}` : first.label} (at ${formatOtherPlace(firstAt, at)})`,
          "give each meaning of a code its own id (the code's own meaning is anchored by its context's id)",
        );
      }),
    ),
};
