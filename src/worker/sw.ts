/// <reference lib="webworker" />
/**
 * The service worker. src/integrations/service-worker.ts bundles this file into sw.js after the build
 * and injects the build's data as __OFFLINE_BUILD__ (version, date, base path, manifest file, shell).
 *
 * - Install: precaches only the app shell (scripts, styles, the code index, Pagefind's search index
 *   without its per-page fragments, the offline page), skipping files already cached with the same hash.
 *   A new version's changed files wait in a staging cache until it activates.
 * - Pages: network first, so an update shows at once; each page opened is kept for offline use. Offline,
 *   a page not kept gets the offline page (or the 404 page, once every page is downloaded).
 * - Shell and content-hashed files: cache first. A search-result fragment not downloaded yet is answered
 *   offline with a placeholder result pointing to the offline page, so search still lists what it found.
 * - The full download, refreshing it after an update, and pruning old files are the page's work
 *   (src/browser/offline/download.ts); the worker only answers requests, with what the cache holds.
 */
import {
  BYPASS_HEADER,
  getCacheName,
  getPageKey,
  getStagingCacheName,
  isImmutablePath,
  isLegacyCacheName,
  isStagingCacheName,
  NOT_FOUND_PAGE,
  OFFLINE_PAGE,
  SERVICE_WORKER_FILE,
  type WorkerBuild,
  type WorkerRequest,
  type WorkerStatus,
} from '../offline/protocol.ts';
import { forEachConcurrently, listHashes, putFile, readState, writeState } from '../offline/store.ts';

declare const self: ServiceWorkerGlobalScope;
declare const __OFFLINE_BUILD__: WorkerBuild;

const BUILD: WorkerBuild = __OFFLINE_BUILD__;
const BASE = BUILD.base;
const CACHE = getCacheName(BASE);
const STAGING = getStagingCacheName(BASE, BUILD.version);
/** A slow network is given this long before a cached copy of the page is shown instead. */
const NETWORK_TIMEOUT_MS = 4000;

/** The absolute URL of a path relative to the base. */
const toUrl = (path: string) => new URL(BASE + path, self.location.href).href;
const SHELL_URLS = new Set(BUILD.shell.map(([path]) => toUrl(path)));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const [cache, staging] = await Promise.all([caches.open(CACHE), caches.open(STAGING)]);
      const [cached, staged] = await Promise.all([listHashes(cache, BASE), listHashes(staging, BASE)]);
      const missing = BUILD.shell.filter(([path, hash]) => cached.get(toUrl(path)) !== hash && staged.get(toUrl(path)) !== hash);
      await forEachConcurrently(missing, 6, async ([path]) => {
        // no-cache: revalidate what the HTTP cache holds (the page just loaded the same scripts: a 304).
        const response = await fetch(toUrl(path), { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${response.status} ${path}`);
        await putFile(staging, toUrl(path), response);
      });
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const name of await caches.keys()) {
        if (name === STAGING) {
          const staging = await caches.open(STAGING);
          for (const request of await staging.keys()) await cache.put(request, (await staging.match(request))!);
        }
        if (isStagingCacheName(name, BASE) || isLegacyCacheName(name)) await caches.delete(name);
      }
      const firstInstall = (await readState(cache, BASE)) === undefined;
      if (firstInstall) await writeState(cache, BASE, { version: BUILD.version, date: BUILD.date, complete: false });
      await self.clients.claim();
      // The page that installed the worker was loaded before it: keep that one too.
      if (firstInstall) {
        for (const client of await self.clients.matchAll({ type: 'window' })) await keepPage(cache, client.url).catch(() => undefined);
      }
    })(),
  );
});

self.addEventListener('message', (event) => {
  const request = event.data as WorkerRequest | undefined;
  if (request?.type === 'skip-waiting') void self.skipWaiting();
  if (request?.type === 'status') {
    const status: WorkerStatus = { version: BUILD.version, date: BUILD.date, shell: BUILD.shell.map(([path]) => path) };
    event.ports[0]?.postMessage(status);
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has(BYPASS_HEADER)) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const path = url.pathname.slice(BASE.length);
  // The worker and the manifest always come from the network: they are how updates are found.
  if (path === SERVICE_WORKER_FILE || path === BUILD.manifest) return;
  if (request.mode === 'navigate') event.respondWith(openPage(event, path));
  else if (SHELL_URLS.has(toUrl(path)) || isImmutablePath(path)) event.respondWith(cacheFirst(event, path));
  else event.respondWith(networkFirst(event, path));
});

async function openPage(event: FetchEvent, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const key = toUrl(getPageKey(path));
  const network = fetch(event.request);
  event.waitUntil(
    network
      .then((response) => {
        if (response.ok && response.type === 'basic') return putFile(cache, key, response.clone());
      })
      .catch(() => undefined),
  );
  const cached = await cache.match(key);
  try {
    if (!cached) return await network;
    return await Promise.race([network, new Promise<Response>((resolve) => setTimeout(() => resolve(cached), NETWORK_TIMEOUT_MS))]);
  } catch {
    return cached ?? (await getOfflineAnswer(cache));
  }
}

/** For a page that is not kept: the 404 page when the whole site is downloaded (so it does not exist), else the offline page. */
async function getOfflineAnswer(cache: Cache): Promise<Response> {
  if ((await readState(cache, BASE))?.complete) {
    const notFound = await cache.match(toUrl(NOT_FOUND_PAGE));
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
  const offline = await cache.match(toUrl(OFFLINE_PAGE));
  if (offline) return new Response(offline.body, { status: 503, statusText: 'Offline', headers: offline.headers });
  return Response.error();
}

async function cacheFirst(event: FetchEvent, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  // Pagefind asks for pagefind-entry.json?ts=…: the query never changes the file.
  const cached = await cache.match(toUrl(path), { ignoreSearch: true });
  if (cached) return cached;
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === 'basic') event.waitUntil(putFile(cache, toUrl(path), response.clone()).catch(() => undefined));
    return response;
  } catch (error) {
    if (path.startsWith('pagefind/fragment/')) return makeMissingFragment();
    throw error;
  }
}

/** Files outside the shell (catalog.json, codes.csv…): fresh from the network, the downloaded copy offline. */
async function networkFirst(event: FetchEvent, path: string): Promise<Response> {
  try {
    return await fetch(event.request);
  } catch (error) {
    const cached = await (await caches.open(CACHE)).match(toUrl(path), { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

/**
 * A Pagefind fragment (one search result's title, URL and text) that is not cached, offline. Pagefind
 * accepts an uncompressed fragment after its "pagefind_dcd" signature.
 */
function makeMissingFragment(): Response {
  const missing = '这个搜索结果的页面还没有下载到本机。';
  const fragment = {
    url: BASE + OFFLINE_PAGE,
    content: `${missing}联网后可以打开；在“离线使用”中可以下载全部页面。`,
    word_count: 1,
    filters: {},
    meta: { title: '未下载的搜索结果' },
    anchors: [],
  };
  return new Response(`pagefind_dcd${JSON.stringify(fragment)}`, { headers: { 'content-type': 'application/octet-stream' } });
}

/** Keeps the page at `url` (the one open when the worker first started), if it is a page of the site. */
async function keepPage(cache: Cache, url: string): Promise<void> {
  const { origin, pathname } = new URL(url);
  if (origin !== self.location.origin || !pathname.startsWith(BASE)) return;
  const path = getPageKey(pathname.slice(BASE.length));
  const response = await fetch(toUrl(path));
  if (response.ok && response.type === 'basic' && response.headers.get('content-type')?.includes('text/html'))
    await putFile(cache, toUrl(path), response);
}
