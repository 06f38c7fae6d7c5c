/**
 * The small index behind exact lookup, pasted-text lookup and the 404 page: every code and range with
 * its system, domain, short meaning, constant name and the catalog's judgement. Exact lookup must ask
 * the catalog, not Pagefind, whose prefix matching would offer 10099 for 99999.
 */
import type { Catalog } from '../catalog/model.ts';

import type { Actor, Retry } from '../catalog/schema.ts';
import { makeUrl } from '../urls.ts';

/**
 * `[code, system index, domain index, message, url, category, retry, actor, constant name or ""]`; the
 * whole message, so a pasted error text can be matched against it (titles are its first clause).
 */
type IndexedCode = [string, number, number, string, string, string, Retry, Actor, string];

/** `[first, last, system index, domain index, message, url, category, retry, actor]`. */
type IndexedRange = [string, string, number, number, string, string, string, Retry, Actor];

export interface CodeIndex {
  systems: {
    id: string;
    name: string;
    url: string;
    /** Words naming the system in a paste. */
    hints: string[];
    domains: { id: string; name: string; url: string; otherCodes?: string }[];
  }[];
  categories: { id: string; name: string }[];
  /** Sorted by system, domain, number. */
  codes: IndexedCode[];
  ranges: IndexedRange[];
}

export function makeCodeIndex(catalog: Catalog, options: { base: string }): CodeIndex {
  const { base } = options;
  return {
    systems: catalog.systems.map((system) => ({
      id: system.id,
      name: system.name,
      url: makeUrl({ kind: 'system', system: system.id }, { base }),
      hints: system.hints,
      domains: system.domains.map((domain) => ({
        id: domain.id,
        name: domain.name,
        url: makeUrl({ kind: 'domain', system: system.id, domain: domain.id }, { base }),
        ...(domain.otherCodes ? { otherCodes: domain.otherCodes } : {}),
      })),
    })),
    categories: catalog.categories.map(({ id, name }) => ({ id, name })),
    codes: catalog.systems.flatMap((system, systemIndex) =>
      system.domains.flatMap((domain, domainIndex) =>
        domain.codes.map((code): IndexedCode => [
          code.code,
          systemIndex,
          domainIndex,
          code.message,
          makeUrl({ kind: 'code', system: system.id, code: code.code }, { base }),
          code.category,
          code.retry,
          code.actor,
          code.name ?? '',
        ]),
      ),
    ),
    ranges: catalog.systems.flatMap((system, systemIndex) =>
      system.domains.flatMap((domain, domainIndex) =>
        domain.ranges.map((range): IndexedRange => [
          range.range[0],
          range.range[1],
          systemIndex,
          domainIndex,
          range.message,
          makeUrl({ kind: 'range', system: system.id, from: range.range[0], to: range.range[1] }, { base }),
          range.category,
          range.retry,
          range.actor,
        ]),
      ),
    ),
  };
}
