/** Pure: catalog → every generated page, sorted by id, identical for identical input. */
import type { Catalog } from '../catalog/model.ts';
import { makeUrl, normalizeBase } from '../urls.ts';
import { renderCategoriesPage, renderCategoryPage } from './render-category-pages.ts';
import { renderDifferencesPage } from './render-differences-page.ts';
import { renderRangePage } from './render-range-page.ts';
import { getCodeEntries, getRangeEntries, groupByMessage, groupByNumber } from '../catalog/queries.ts';
import { makeProblemLinker } from '../catalog/shared-problems.ts';
import type { GeneratedPage } from './page.ts';
import { renderCodePage } from './render-code-page.ts';
import { getDomainParts, getPartByCode, makeCodeRowUrl } from '../catalog/domain-parts.ts';
import { renderDomainPage, renderDomainPartPage } from './render-domain-page.ts';
import { renderHomePage } from './render-home-page.ts';
import { renderNumberPage } from './render-number-page.ts';
import { renderSystemPage } from './render-system-page.ts';

export interface GenerateOptions {
  /** The site's base path, e.g. `/errors/`; links in Markdown do not get it from Astro. */
  base?: string;
}

/** Enough to cross over to the other systems without growing every code page. */
const MAX_PROBLEM_LINKS = 4;

/** Every Markdown page of the site, from the home page to each code's, with links under `options.base`. */
export function generateSite(catalog: Catalog, options: GenerateOptions = {}): GeneratedPage[] {
  const base = normalizeBase(options.base);
  const entries = getCodeEntries(catalog);
  const byMessage = groupByMessage(entries);
  const pages: GeneratedPage[] = [
    renderHomePage(catalog, { base }),
    renderCategoriesPage(catalog, entries, { base }),
    ...catalog.categories.map((category) => renderCategoryPage(category, entries, catalog, { base })),
    renderDifferencesPage(entries, { base }),
    ...getRangeEntries(catalog).map((entry) =>
      renderRangePage(entry, {
        base,
        catalog,
        rowUrl: makeUrl({ kind: 'domain', system: entry.system.id, domain: entry.domain.id }, { base, hash: entry.range.range.join('-') }),
      }),
    ),
  ];
  for (const [code, sharers] of groupByNumber(entries)) if (sharers.length > 1) pages.push(renderNumberPage(code, sharers, { base }));
  const getProblemLinks = makeProblemLinker(catalog, entries);
  const partsByDomain = new Map(
    catalog.systems.flatMap((system) => system.domains.map((domain) => [domain, getDomainParts(domain)] as const)),
  );
  const partByCode = new Map([...partsByDomain].map(([domain, parts]) => [domain, getPartByCode(parts)] as const));
  for (const system of catalog.systems) {
    pages.push(renderSystemPage(system, { base }));
    for (const domain of system.domains) {
      const parts = partsByDomain.get(domain)!;
      pages.push(renderDomainPage(system, domain, { base, parts }));
      for (const part of parts) pages.push(renderDomainPartPage(system, domain, part, { base, parts }));
    }
  }
  entries.forEach((entry, index) => {
    const sameDomain = (other: (typeof entries)[number] | undefined) => (other?.domain === entry.domain ? other : undefined);
    pages.push(
      renderCodePage(entry, {
        base,
        catalog,
        problemLinks: getProblemLinks(entry, MAX_PROBLEM_LINKS),
        previous: sameDomain(entries[index - 1]),
        next: sameDomain(entries[index + 1]),
        sameMessage: byMessage.get(entry.code.message)!.filter((other) => other !== entry),
        rowUrl: makeCodeRowUrl(entry.system, entry.domain, entry.code.code, partByCode.get(entry.domain)!, base),
      }),
    );
  });
  return pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
