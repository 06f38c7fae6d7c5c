/** Shared by the offline specs: their own server, the build's manifest, the worker's readiness, what the cache holds. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { OfflineManifest } from '../../src/offline/protocol.ts';
import { expect, test } from './fixtures.ts';
import { SiteServer } from './offline-server.ts';

/**
 * `test` with a server of its own (offline-server.ts) for the build in `dist`, started for each test and
 * stopped after it; the page objects' addresses are on it, as the project's baseURL is replaced by its URL.
 */
export function testOnOwnServer(dist: string, base?: string) {
  return test.extend<{ server: SiteServer }>({
    server: async ({}, use) => {
      const server = new SiteServer(dist, base);
      await server.start();
      await use(server);
      await server.stop();
    },
    baseURL: async ({ server }, use) => use(server.url),
  });
}

export async function readManifest(dist: string): Promise<OfflineManifest> {
  return JSON.parse(await readFile(join(dist, 'offline-manifest.json'), 'utf8')) as OfflineManifest;
}

/** Until the worker controls the page: it has cached the shell and written its state by then. */
export async function waitForWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Until the server has seen no request for `quietMs`: the worker's precaching and the page's loading are over. */
export async function waitForQuiet(server: SiteServer, quietMs = 1500): Promise<void> {
  let count = -1;
  await expect
    .poll(
      () => {
        const settled = server.requests.length === count;
        count = server.requests.length;
        return settled;
      },
      { intervals: [quietMs], timeout: 60_000 },
    )
    .toBe(true);
}

/** The paths (relative to the base) the offline cache holds, sorted; the state entry left out. */
export function getCachedPaths(page: Page, base = '/'): Promise<string[]> {
  return page.evaluate(async (base) => {
    const name = (await caches.keys()).find((candidate) => candidate.startsWith('im-error-codes:files:'));
    if (!name) return [];
    const requests = await (await caches.open(name)).keys();
    return requests
      .map((request) => new URL(request.url).pathname.slice(base.length))
      .filter((path) => path !== '__offline__/state.json')
      .sort();
  }, base);
}

export const sorted = (paths: Iterable<string>) => [...new Set(paths)].sort();
