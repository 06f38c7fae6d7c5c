import { makeProblem } from '../problems.ts';
import { getAnswers } from './each-answer.ts';
import type { CatalogRule } from './types.ts';

/** `causes` is for codes with several plausible causes: a list of one is filler where one line of advice says it. */
export const singleCause: CatalogRule = {
  name: 'single-cause',
  check: ({ domains }) =>
    getAnswers(domains)
      .filter(({ answer }) => answer.causes?.length === 1)
      .map(({ label, locate }) =>
        makeProblem(
          locate('causes'),
          `${label} lists a single cause in "causes"`,
          'say the one cause and its fix in "advice" and delete "causes"; list causes only when there are two or more plausible ones',
        ),
      ),
};
