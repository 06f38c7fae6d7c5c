import { makeProblem } from '../problems.ts';
import { getClosest } from '../did-you-mean.ts';
import type { CatalogRule } from './types.ts';

export const unknownSystem: CatalogRule = {
  name: 'unknown-system',
  check: ({ systems, domains }) => {
    const known = systems.map((system) => system.value.id);
    return domains
      .filter((domain) => !known.includes(domain.value.system))
      .map((domain) =>
        makeProblem(
          domain.yaml.locate(['system']),
          `domain "${domain.value.id}" belongs to system "${domain.value.system}", which does not exist`,
          known.length > 0
            ? `${hintClosest(getClosest(domain.value.system, known))}use one of the existing systems (${known.join(', ')}) or add ` +
                `content/catalog/${domain.value.system}/system.yaml`
            : `add content/catalog/${domain.value.system}/system.yaml`,
        ),
      );
  },
};

function hintClosest(closest: string | undefined): string {
  return closest ? `did you mean "${closest}"? ` : '';
}
