/** The catalog the site is built from, loaded once per build for every route that needs it. */
import type { Catalog } from '../catalog/build-catalog.ts';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { getSiteConfig } from '../site-config.ts';

let loading: Promise<Catalog> | undefined;

export function getSiteCatalog(): Promise<Catalog> {
  loading ??= loadCatalog('.', getSiteConfig(process.env).catalogDir);
  return loading;
}
