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
 * A page's sidebar: inside a system, that system's overview and domains, and every other system as a single
 * link to its overview; outside any system (home, categories, 404), every system as such a link. Every page
 * carries its sidebar, so this keeps a page the same size however many systems the catalog grows to.
 * `counts: false` drops the domains' code counts, which serve browsing, from the pages of single codes.
 */
export function focusSidebar(sidebar: SidebarEntry[], systemId: string | undefined, options: { counts?: boolean } = {}): SidebarEntry[] {
  const getOverview = (entry: SidebarEntry) => (entry.type === 'group' && entry.entries[0]?.type === 'link' ? entry.entries[0] : undefined);
  const withoutCounts = (entry: SidebarEntry): SidebarEntry =>
    entry.type === 'link' ? { ...entry, badge: undefined } : { ...entry, entries: entry.entries.map(withoutCounts) };
  return sidebar.map((entry) => {
    const overview = getOverview(entry);
    if (!overview || overview.attrs[SYSTEM_ATTRIBUTE] === systemId) return options.counts === false ? withoutCounts(entry) : entry;
    return { type: 'link', label: entry.label, href: overview.href, isCurrent: false, badge: undefined, attrs: {} };
  });
}
