/** The catalog the site is built from, loaded once per build for every route that needs it. */
import type { Catalog } from '../catalog/build-catalog.ts';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { getCodeEntries, type CodeEntry } from '../generator/code-facts.ts';
import { getPageSegments } from '../urls.ts';
import { getSiteConfig } from '../site-config.ts';

let loading: Promise<Catalog> | undefined;
let codePages: Promise<Map<string, CodeEntry>> | undefined;

export function getSiteCatalog(): Promise<Catalog> {
  loading ??= loadCatalog('.', getSiteConfig(process.env).catalogDir);
  return loading;
}

/** The code whose page has this route id (e.g. `tencent-im/10010`), if it is a code page. */
export async function getCodeEntryByPageId(id: string): Promise<CodeEntry | undefined> {
  codePages ??= getSiteCatalog().then(
    (catalog) => new Map(getCodeEntries(catalog).map((entry) => [getPageSegments({ kind: 'code', system: entry.system.id, code: entry.code.code }).join('/'), entry])),
  );
  return (await codePages).get(id);
}
