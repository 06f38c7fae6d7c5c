import type { Catalog } from '../catalog/build-catalog.ts';
import { getPageSegments } from '../urls.ts';

/** Systems → overview and domains. Items are slugs, so Starlight adds the base path itself. */
export function makeSidebar(catalog: Catalog) {
  return catalog.systems.map((system) => ({
    label: system.name,
    items: [
      { label: '概览', slug: getPageSegments({ kind: 'system', system: system.id }).join('/') },
      ...system.domains.map((domain) => ({
        label: domain.name,
        slug: getPageSegments({ kind: 'domain', system: system.id, domain: domain.id }).join('/'),
        badge: { text: String(domain.codes.length), variant: 'note' as const },
      })),
    ],
  }));
}
