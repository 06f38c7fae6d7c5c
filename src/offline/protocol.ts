/**
 * What the build (src/integrations/), the service worker (src/worker/sw.ts) and the page
 * (src/browser/offline/) agree on: file names, cache names, the manifest's shape and the messages
 * between page and worker. src/offline/ holds only such shared code: nothing in it may use Node, the
 * DOM or the worker's scope (eslint.config.js checks it), and this file uses no globals at all.
 */

/** Written next to the site by src/integrations/service-worker.ts, relative to the base path. */
export const SERVICE_WORKER_FILE = 'sw.js';
export const MANIFEST_FILE = 'offline-manifest.json';
/** The page an offline navigation to a page that is not cached gets (src/pages/offline.astro). */
export const OFFLINE_PAGE = 'offline/';
export const NOT_FOUND_PAGE = '404.html';

/**
 * /offline-manifest.json: every file of the site a reader can reach, as the URL path it is requested
 * by (relative to the base; `tencent-im/10010/` for tencent-im/10010/index.html), its size in bytes
 * and the first 16 hex digits of its SHA-256. It drives the "download everything" button and the
 * refresh of a downloaded copy after an update (only files whose hash changed are fetched).
 */
export interface OfflineManifest {
  /** A hash of every file of the build: changes with any change to the site. */
  version: string;
  /** The date (YYYY-MM-DD) of the catalog's latest commit, or null when the build had no git history. */
  date: string | null;
  fields: ['path', 'size', 'hash'];
  files: [path: string, size: number, hash: string][];
  /** The files the service worker precaches on the first visit (paths as in `files`). */
  shell: string[];
}

/** What the build injects into the worker: data only, the worker's code is src/worker/sw.ts. */
export interface WorkerBuild {
  version: string;
  date: string | null;
  /** `/` or `/errors/`. */
  base: string;
  manifest: string;
  /** The app shell as `[path, hash]`: precached on install, served cache-first. */
  shell: [path: string, hash: string][];
}

/** Which version of the site the cache holds, and whether it holds every file (the downloaded copy). */
export interface OfflineState {
  version: string;
  date: string | null;
  /** Every file of the manifest of `version` is cached. */
  complete: boolean;
}

/** Each cached file's request carries its content hash, so `cache.keys()` alone tells what is current. */
export const HASH_HEADER = 'x-offline-hash';
/** Set on the page's own download requests: the worker lets them through to the network untouched. */
export const BYPASS_HEADER = 'x-offline-download';

const CACHE_PREFIX = 'im-error-codes:';

/** The one cache every file goes into, across versions; one per base path sharing an origin. */
export const getCacheName = (base: string) => `${CACHE_PREFIX}files:${base}`;
/** A new worker's changed shell files wait here until it activates, so the active one stays consistent. */
export const getStagingCacheName = (base: string, version: string) => `${CACHE_PREFIX}staging:${base}:${version}`;
export const isStagingCacheName = (name: string, base: string) => name.startsWith(`${CACHE_PREFIX}staging:${base}:`);
/** Caches of the worker before this one (`im-error-codes-<version>`, the whole site precached). */
export const isLegacyCacheName = (name: string) => /^im-error-codes-[0-9a-f]{16}$/.test(name);
/** The state is kept in the cache itself, under a URL no file of the site has. */
export const getStateUrl = (base: string) => `${base}__offline__/state.json`;

export type WorkerRequest = { type: 'status' } | { type: 'skip-waiting' };

export interface WorkerStatus {
  version: string;
  date: string | null;
  shell: string[];
}

/**
 * Files whose name changes whenever their content does (Vite's `_astro/` assets, Pagefind's index,
 * filter, fragment and metadata chunks): a cached copy is never stale, so they are served cache-first.
 */
export function isImmutablePath(path: string): boolean {
  return path.startsWith('_astro/') || /^pagefind\/(index|filter|fragment)\//.test(path) || /^pagefind\/[^/]+\.pf_meta$/.test(path);
}

/** A page's path as the cache keys it: `a/b/index.html` and `a/b` both become `a/b/`; the query is dropped. */
export function getPageKey(path: string): string {
  if (path.endsWith('index.html')) return path.slice(0, -'index.html'.length);
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last === '' || last.includes('.') ? path : `${path}/`;
}

/** Pages (HTML documents) among cached paths: directories, and `.html` files. */
export const isPagePath = (path: string) => path === '' || path.endsWith('/') || path.endsWith('.html');

/** `12.3 MB`, `840 KB` (1 KB = 1,000 bytes), for the reader. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(bytes / 1e3, bytes > 0 ? 1 : 0).toFixed(0)} KB`;
}

/** `2026-11-22 · 3f9a1c2e`: the catalog's date and the start of the content hash. */
export function formatVersion(version: string, date: string | null): string {
  return `${date ?? '日期未知'} · ${version.slice(0, 8)}`;
}
