/**
 * The small index behind exact lookup and the 404 page: every code with its system, domain and
 * short meaning. Exact lookup must ask the catalog, not Pagefind, whose prefix matching would offer
 * 10099 for 99999.
 */
import type { Catalog } from '../catalog/model.ts';
import { makeUrl } from '../urls.ts';
import { getShortMeaning } from '../catalog/queries.ts';

export interface CodeIndex {
  systems: {
    id: string;
    name: string;
    url: string;
    domains: { id: string; name: string; url: string; otherCodes?: string }[];
  }[];
  /** `[code, system index, domain index, short meaning, url]`, sorted by system, domain, number. */
  codes: [string, number, number, string, string][];
}

export function makeCodeIndex(catalog: Catalog, options: { base: string }): CodeIndex {
  const { base } = options;
  return {
    systems: catalog.systems.map((system) => ({
      id: system.id,
      name: system.name,
      url: makeUrl({ kind: 'system', system: system.id }, { base }),
      domains: system.domains.map((domain) => ({
        id: domain.id,
        name: domain.name,
        url: makeUrl({ kind: 'domain', system: system.id, domain: domain.id }, { base }),
        ...(domain.otherCodes ? { otherCodes: domain.otherCodes } : {}),
      })),
    })),
    codes: catalog.systems.flatMap((system, systemIndex) =>
      system.domains.flatMap((domain, domainIndex) =>
        domain.codes.map((code): CodeIndex['codes'][number] => [
          code.code,
          systemIndex,
          domainIndex,
          getShortMeaning(code.message),
          makeUrl({ kind: 'code', system: system.id, code: code.code }, { base }),
        ]),
      ),
    ),
  };
}
