/** Under a base path the worker's scope, shell, cache keys and offline page all live under /errors/. */
import { expect, test } from './fixtures.ts';
import { getCachedPaths, readManifest, sorted, waitForQuiet, waitForWorker } from './offline-helpers.ts';
import { SiteServer } from './offline-server.ts';
import { CodePage } from './pages/code-page.ts';
import { LookupBox } from './pages/lookup-box.ts';

test.use({ serviceWorkers: 'allow' });

test('under /errors/, a first visit keeps the shell and the page, and offline the rest gets the offline page', async ({ page }) => {
  test.setTimeout(120_000);
  const manifest = await readManifest('dist-base-path');
  const server = new SiteServer('dist-base-path', '/errors/');
  await server.start();
  try {
    const code = new CodePage(page);
    await page.goto(`${server.url}tencent-im/90002/`);
    await waitForWorker(page);
    await waitForQuiet(server);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.url);
    expect(await getCachedPaths(page, '/errors/')).toEqual(sorted([...manifest.shell, 'tencent-im/90002/']));

    await server.stop();
    await page.reload();
    await expect(code.title).toHaveText(/^90002 /);
    expect((await page.goto(`${server.url}tencent-im/group/`))?.status()).toBe(503);
    await expect(code.title).toHaveText('这个页面没有离线保存');
    await new LookupBox(page, 'hero').lookUp('90002');
    await expect(page).toHaveURL(`${server.url}tencent-im/90002/`);
    await expect(code.title).toHaveText(/^90002 /);
  } finally {
    await server.stop();
  }
});
