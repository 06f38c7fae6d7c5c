import { makeProblem } from '../problems.ts';
import { getCodeMeanings } from './each-meaning.ts';
import type { CatalogRule } from './types.ts';

/** A number with several meanings is only useful if each says where it arrives: that is how a reader picks one. */
export const missingContext: CatalogRule = {
  name: 'missing-context',
  check: ({ domains }) =>
    getCodeMeanings(domains)
      .filter((code) => code.isSeveral)
      .flatMap((code) =>
        code.meanings
          .filter((meaning) => meaning.context === undefined)
          .map((meaning) =>
            makeProblem(
              meaning.locate(meaning.isOwn ? 'code' : 'id'),
              meaning.isOwn
                ? `code ${code.code} has several meanings but no "context" for its own`
                : `${meaning.label} names no "context", though the code has several meanings`,
              'add "context: …", the id of one of the system\'s contexts (system.yaml) saying where the number arrives with this meaning',
            ),
          ),
      ),
};
