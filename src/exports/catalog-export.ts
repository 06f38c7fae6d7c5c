/** The public `catalog.json`: the whole catalog for scripts and bots, with each page's URL. */
import type { Catalog } from '../catalog/model.ts';
import { makeUrl } from '../urls.ts';

export function makeCatalogExport(catalog: Catalog, options: { base: string }) {
  const { base } = options;
  return {
    systems: catalog.systems.map((system) => ({
      id: system.id,
      name: system.name,
      nameEn: system.nameEn,
      url: makeUrl({ kind: 'system', system: system.id }, { base }),
      source: { title: system.source.title, url: system.source.url },
      domains: system.domains.map((domain) => ({
        id: domain.id,
        name: domain.name,
        url: makeUrl({ kind: 'domain', system: system.id, domain: domain.id }, { base }),
        notes: domain.notes,
        ...(domain.otherCodes ? { otherCodes: domain.otherCodes } : {}),
        codes: domain.codes.map((code) => ({
          code: code.code,
          message: code.message,
          handling: code.handling ?? null,
          status: code.status,
          ...(code.status === 'removed' ? { reason: code.reason, replacement: code.replacement ?? null } : {}),
          ...(code.links ? { links: code.links } : {}),
          url: makeUrl({ kind: 'code', system: system.id, code: code.code }, { base }),
        })),
      })),
    })),
  };
}
