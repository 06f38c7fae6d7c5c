import { getClosest } from '../did-you-mean.ts';
import { makeProblem } from '../problems.ts';
import { getCodeMeanings } from './each-meaning.ts';
import type { CatalogRule } from './types.ts';

/** Every context a code or meaning names is one its system describes, so the page can say how to tell it. */
export const unknownContext: CatalogRule = {
  name: 'unknown-context',
  check: ({ systems, domains }) => {
    const contextsOf = new Map(systems.map((system) => [system.value.id, system.value.contexts.map((context) => context.id)]));
    return getCodeMeanings(domains).flatMap((code) => {
      const known = contextsOf.get(code.system);
      if (!known) return []; // unknown-system reports the domain.
      return code.meanings
        .filter((meaning) => meaning.context !== undefined && !known.includes(meaning.context))
        .map((meaning) => {
          const closest = getClosest(meaning.context!, known);
          const suggestion = closest ? `did you mean "${closest}"? ` : '';
          const listed = known.length > 0 ? `contexts of "${code.system}": ${known.join(', ')}; ` : '';
          return makeProblem(
            meaning.locate('context'),
            `${meaning.label} has context "${meaning.context}", which system "${code.system}" does not list`,
            `${suggestion}${listed}add the context to the system's "contexts" in its system.yaml first`,
          );
        });
    });
  },
};
