/**
 * `npm run bench:search`: search speed as readers get it, in Chromium against the built site.
 * Prints the bytes a first query fetches and the median latency over every code-number query (warm).
 */
import { chromium, type Request } from '@playwright/test';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { getCodeEntries } from '../../src/catalog/queries.ts';
import { runMain } from '../../src/node/run-command.ts';
import { SEARCH_RANKING } from '../../src/site/search-ranking.ts';
import { getSiteConfig } from '../../src/site-config.ts';
import type { PagefindApi } from '../../tests/helpers/pagefind-api.ts';
import { findBrowser } from '../find-browser.ts';
import { withPreview } from './serve.ts';

export async function main(): Promise<void> {
  const config = getSiteConfig(process.env);
  const codes = getCodeEntries(await loadCatalog('.', config.catalogDir)).map((entry) => entry.code.code);
  const executablePath = findBrowser(() => undefined);

  const figures = await withPreview({ port: 4399, base: config.base }, async (url) => {
    const browser = await chromium.launch({
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      // Pagefind fetches from a web worker, which the page's resource timing does not see; the browser's network log does.
      const fetched: { file: string; bytes: number }[] = [];
      const record = async (request: Request) => {
        if (!request.url().includes('/pagefind/')) return;
        const sizes = await request.sizes();
        fetched.push({ file: request.url().split('/pagefind/')[1]!, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
      };
      page.context().on('requestfinished', (request) => void record(request));
      const firstMs = await page.evaluate(
        async ({ code, ranking }) => {
          const started = performance.now();
          const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as PagefindApi;
          await pagefind.options({ ranking });
          const result = await pagefind.search(code);
          await result.results[0]?.data();
          (window as unknown as { pagefind: unknown }).pagefind = pagefind;
          return performance.now() - started;
        },
        { code: codes[0]!, ranking: SEARCH_RANKING },
      );
      await page.waitForTimeout(500);
      const firstQuery = {
        milliseconds: Math.round(firstMs),
        bytes: fetched.reduce((sum, entry) => sum + entry.bytes, 0),
        files: fetched.map((entry) => entry.file),
      };
      const warm = await page.evaluate(async (codes) => {
        const pagefind = (window as unknown as { pagefind: PagefindApi }).pagefind;
        // One pass loads every index chunk; the measured pass is warm.
        for (const code of codes) await (await pagefind.search(code)).results[0]?.data();
        const timings: number[] = [];
        for (const code of codes) {
          const start = performance.now();
          await (await pagefind.search(code)).results[0]?.data();
          timings.push(performance.now() - start);
        }
        timings.sort((a, b) => a - b);
        const at = (quantile: number) => Number(timings[Math.floor(quantile * (timings.length - 1))]!.toFixed(2));
        return { queries: timings.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
      }, codes);
      await page.waitForTimeout(500);
      return { firstQuery, warm, allQueriesBytes: fetched.reduce((sum, entry) => sum + entry.bytes, 0) };
    } finally {
      await browser.close();
    }
  });
  console.log(JSON.stringify({ benchmark: 'search', codes: codes.length, ...figures }, null, 2));
}

if (import.meta.main) await runMain(main);
