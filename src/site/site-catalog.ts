/** The catalog the site is built from: the one astro.config.mjs loaded (src/integrations/catalog-module.ts). */
import catalog from 'virtual:im-error-codes/catalog';
import type { Catalog } from '../catalog/build-catalog.ts';
import { getCodeEntries, type CodeEntry } from '../generator/code-facts.ts';
import { getPageSegments } from '../urls.ts';

export const siteCatalog: Catalog = catalog;

const codesByPageId = new Map(
  getCodeEntries(siteCatalog).map((entry) => [getPageSegments({ kind: 'code', system: entry.system.id, code: entry.code.code }).join('/'), entry]),
);

/** The code whose page has this route id (e.g. `tencent-im/10010`), if it is a code page. */
export function getCodeEntryByPageId(id: string): CodeEntry | undefined {
  return codesByPageId.get(id);
}
