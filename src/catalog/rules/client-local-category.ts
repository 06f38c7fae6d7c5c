import { makeProblem } from '../problems.ts';
import data from './data/client-local.json' with { type: 'json' };
import { getEntries } from './each-code.ts';
import type { CatalogRule } from './types.ts';

const SDK_DOMAIN = new RegExp(data.sdkDomain);
const CLIENT_DOMAINS = new Set(data.clientDomains);
const LOCAL_MARKERS = data.localMarkers.map((marker) => new RegExp(marker));

/**
 * The taxonomy files failures inside the SDK (its encoder, its login module, its sockets) as
 * client-local, and only the server's own failures or unknown ones as server-internal. The condition is
 * narrow on purpose: an SDK domain, and a message that names the SDK's own machinery as where it failed.
 */
export const clientLocalCategory: CatalogRule = {
  name: 'client-local-category',
  check: ({ domains }) =>
    getEntries(domains).flatMap(({ system, domain, entry, label, locate }) => {
      if (entry.category !== 'server-internal') return [];
      if (!SDK_DOMAIN.test(domain.value.id) && !CLIENT_DOMAINS.has(`${system}/${domain.value.id}`)) return [];
      const marker = LOCAL_MARKERS.find((pattern) => pattern.test(entry.message));
      if (!marker) return [];
      return [
        makeProblem(
          locate('category'),
          `code ${label} is filed as server-internal, but it is an SDK domain's code whose message places the failure in the SDK ` +
            `itself ("${marker.source}")`,
          'write category: client-local, and say in the advice what the app can check (initialisation, login order, SDK version) and ' +
            'which logs to send',
        ),
      ];
    }),
};
