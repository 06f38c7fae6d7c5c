import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { Catalog } from '../catalog/model.ts';
import { getPageSegments } from '../urls.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const SYSTEM_ATTRIBUTE = 'data-system';

/** Systems → overview and domains. Items are slugs, so Starlight adds the base path itself. */
export function makeSidebar(catalog: Catalog) {
  const systems = catalog.systems.map((system) => ({
    label: system.name,
    items: [
      // The system's id rides on its overview link, so a page's sidebar can be focused by id.
      { label: '概览', slug: getPageSegments({ kind: 'system', system: system.id }).join('/'), attrs: { [SYSTEM_ATTRIBUTE]: system.id } },
      ...system.domains.map((domain) => ({
        label: domain.name,
        slug: getPageSegments({ kind: 'domain', system: system.id, domain: domain.id }).join('/'),
        badge: { text: String(domain.codes.length + domain.ranges.length), variant: 'note' as const },
      })),
    ],
  }));
  // One link, not one per category: every page carries the whole sidebar.
  return [...systems, { label: '按问题类别', slug: getPageSegments({ kind: 'categories' }).join('/') }];
}

/**
 * The sidebar of a page inside a system: that system's overview and domains, and each other system
 * as a single link to its overview. Every page carries every sidebar link, so this keeps a code page
 * the same size however many systems the catalog grows to. Pages outside any system (home, 404)
 * keep the whole sidebar.
 */
export function focusSidebar(sidebar: SidebarEntry[], systemId: string): SidebarEntry[] {
  const getOverview = (entry: SidebarEntry) => (entry.type === 'group' && entry.entries[0]?.type === 'link' ? entry.entries[0] : undefined);
  const isCurrentSystem = (entry: SidebarEntry) => getOverview(entry)?.attrs[SYSTEM_ATTRIBUTE] === systemId;
  if (!sidebar.some(isCurrentSystem)) return sidebar;
  return sidebar.map((entry) => {
    const overview = getOverview(entry);
    if (!overview || isCurrentSystem(entry)) return entry;
    return { type: 'link', label: entry.label, href: overview.href, isCurrent: false, badge: undefined, attrs: {} };
  });
}
