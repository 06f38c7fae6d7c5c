/**
 * The catalog of this process, loaded and validated once. A build reads it in three places that Astro
 * loads as separate module graphs (scripts/build.ts, astro.config.mjs through Vite, and the content
 * loader through Vite's module runner), so the memo lives on `globalThis`, not in a module variable.
 */
import { resolve } from 'node:path';
import { loadCatalog } from './load-catalog.ts';
import type { Catalog } from './model.ts';

const CACHE_KEY = Symbol.for('im-error-codes:catalogs');

function getCache(): Map<string, Promise<Catalog>> {
  const holder = globalThis as { [CACHE_KEY]?: Map<string, Promise<Catalog>> };
  return (holder[CACHE_KEY] ??= new Map<string, Promise<Catalog>>());
}

/** The catalog under `root`/`dir`, read the first time it is asked for; a failed load is not kept. */
export function getCatalog(root: string, dir: string): Promise<Catalog> {
  const cache = getCache();
  const key = resolve(root, dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const loading = loadCatalog(root, dir);
  cache.set(key, loading);
  loading.catch(() => cache.delete(key));
  return loading;
}

/** Drops the loaded catalog, so the next getCatalog reads the files again (the dev server, after an edit). */
export function forgetCatalog(root: string, dir: string): void {
  getCache().delete(resolve(root, dir));
}
