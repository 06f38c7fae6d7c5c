import { RESERVED_SEGMENTS } from '../../urls.ts';
import { makeProblem } from '../problems.ts';
import type { CatalogRule } from './types.ts';

/** A system's id is the first segment of its URLs; the site's own pages already hold some. */
export const reservedSystemId: CatalogRule = {
  name: 'reserved-system-id',
  check: ({ systems }) =>
    systems
      .filter((system) => RESERVED_SEGMENTS.includes(system.value.id))
      .map((system) =>
        makeProblem(
          system.yaml.locate(['id']),
          `system id "${system.value.id}" is a path the site itself uses (/${system.value.id}/)`,
          `choose another id; these are taken: ${RESERVED_SEGMENTS.join(', ')}`,
        ),
      ),
};
