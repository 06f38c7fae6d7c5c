import { getClosest } from '../did-you-mean.ts';
import { makeProblem } from '../problems.ts';
import { getAnswers } from './each-answer.ts';
import type { CatalogRule } from './types.ts';

/** A code's `problem` is one of the shared problems of the taxonomy, or the page would link nothing. */
export const unknownProblem: CatalogRule = {
  name: 'unknown-problem',
  check: ({ domains, taxonomy }) => {
    if (!taxonomy) return [];
    const known = taxonomy.value.problems.map((problem) => problem.id);
    return getAnswers(domains)
      .filter(({ answer }) => answer.problem !== undefined && !known.includes(answer.problem))
      .map(({ answer, label, locate }) => {
        const closest = getClosest(answer.problem!, known);
        return makeProblem(
          locate('problem'),
          `${label} names problem "${answer.problem}", which is not in ${taxonomy.yaml.file}`,
          `${closest ? `did you mean "${closest}"? ` : ''}problems: ${known.join(', ') || '(none)'}; a new shared problem needs an ` +
            `entry under "problems" in ${taxonomy.yaml.file} first`,
        );
      });
  },
};
