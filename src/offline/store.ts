/**
 * The cache as both the worker and the page use it: every entry keyed by its URL, its request
 * carrying the content hash (HASH_HEADER), and the state entry saying which version it holds.
 * Shared code (see protocol.ts): only what a window and a service worker both have (caches, crypto, location).
 */
import { getCacheName, getStateUrl, HASH_HEADER, type OfflineState } from './protocol.ts';

/** The first 16 hex digits of the SHA-256 of the bytes, as the build computes them for the manifest. */
async function hashBytes(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const openFiles = (base: string) => caches.open(getCacheName(base));

/**
 * Stores a fetched file under `url` with its hash. The response is rebuilt from its bytes: a cached
 * response must not be marked as redirected, and only the content type is worth keeping.
 */
export async function putFile(
  cache: Cache,
  url: string,
  response: Response,
  expectedHash?: string,
): Promise<{ hash: string; bytes: number }> {
  const body = await response.arrayBuffer();
  const hash = await hashBytes(body);
  if (expectedHash !== undefined && hash !== expectedHash) throw new HashMismatchError(url);
  const headers = { [HASH_HEADER]: hash, 'content-type': response.headers.get('content-type') ?? 'application/octet-stream' };
  await cache.put(new Request(url, { headers: { [HASH_HEADER]: hash } }), new Response(body, { status: 200, headers }));
  return { hash, bytes: body.byteLength };
}

/** The server sent other bytes than the manifest lists: a new build was deployed meanwhile. */
export class HashMismatchError extends Error {
  constructor(url: string) {
    super(`${url} changed on the server`);
    this.name = 'HashMismatchError';
  }
}

/** Every cached URL (absolute) with its hash; the state entry is left out. */
export async function listHashes(cache: Cache, base: string): Promise<Map<string, string>> {
  const stateUrl = new URL(getStateUrl(base), location.href).href;
  const hashes = new Map<string, string>();
  for (const request of await cache.keys()) {
    if (request.url !== stateUrl) hashes.set(request.url, request.headers.get(HASH_HEADER) ?? '');
  }
  return hashes;
}

export async function readState(cache: Cache, base: string): Promise<OfflineState | undefined> {
  const response = await cache.match(getStateUrl(base));
  return response ? ((await response.json()) as OfflineState) : undefined;
}

export async function writeState(cache: Cache, base: string, state: OfflineState): Promise<void> {
  await cache.put(getStateUrl(base), new Response(JSON.stringify(state), { headers: { 'content-type': 'application/json' } }));
}

/**
 * Runs `work` on every item, `concurrency` at a time. After a failure no new item starts; the ones
 * under way finish, then the first failure is thrown.
 */
export async function forEachConcurrently<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failure) throw failure.error;
}
