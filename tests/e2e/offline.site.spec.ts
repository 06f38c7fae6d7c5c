/**
 * The site needs nothing but its own host; after a light first visit the lookup and search work offline.
 *
 * The offline tests serve the build with their own server (offline-server.ts): it logs what it sends,
 * the service worker's requests included, and can go away, drop the network or switch to another build.
 */
import { expect, test } from './fixtures.ts';
import { getCachedPaths, readManifest, sorted, waitForQuiet, waitForWorker } from './offline-helpers.ts';
import { SiteServer } from './offline-server.ts';
import { CodePage } from './pages/code-page.ts';
import { LookupBox } from './pages/lookup-box.ts';
import { SitePage } from './pages/site-page.ts';

test('no page type even attempts a request to another host', async ({ page, externalRequests }) => {
  const site = new SitePage(page);
  for (const path of ['', 'tencent-im/', 'tencent-im/group/', 'tencent-im/10010/', '10010/', 'tencent-im/10999/']) {
    await site.goto(path);
    await page.waitForLoadState('networkidle');
  }
  const results = await site.search('群组不存在');
  await results.getResultUrls();
  await page.waitForLoadState('networkidle');
  expect(externalRequests).toEqual([]);
  // Nothing is even referenced from elsewhere: fonts, scripts, styles and images are all local.
  const foreign = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[src], link[href]')]
      .map((element) => element.getAttribute('src') ?? element.getAttribute('href')!)
      .filter((url) => new URL(url, location.href).origin !== location.origin),
  );
  expect(foreign).toEqual([]);
});

const FIRST_VISIT_BUDGET_BYTES = 1_500_000;

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  let server: SiteServer | undefined;
  test.afterEach(async () => server?.stop());

  test('a first visit to a code page fetches the app shell, not the site; lookup and search then work offline', async ({ page }) => {
    test.setTimeout(120_000);
    const manifest = await readManifest('dist');
    server = new SiteServer('dist');
    await server.start();
    const code = new CodePage(page);
    await page.goto(`${server.url}tencent-im/10010/`);
    await waitForWorker(page);
    await waitForQuiet(server);

    const bytes = server.requests.reduce((sum, request) => sum + request.bytes, 0);
    console.log(`First visit to /tencent-im/10010/: ${server.requests.length} requests, ${bytes} bytes (${manifest.shell.length} shell files).`);
    expect(bytes).toBeLessThan(FIRST_VISIT_BUDGET_BYTES);
    // Exactly the shell, the page and the worker: no other page, no search fragment, not the manifest.
    expect(sorted(server.requests.map((request) => request.path))).toEqual(sorted([...manifest.shell, 'tencent-im/10010/', 'sw.js']));
    expect(await getCachedPaths(page)).toEqual(sorted([...manifest.shell, 'tencent-im/10010/']));

    await server.stop();
    await page.reload();
    await expect(code.title).toHaveText('10010 群组不存在');
    // A page never opened: the offline page, at the address asked for, with the lookup box and search.
    const response = await page.goto(`${server.url}tencent-im/6013/`);
    expect(response?.status()).toBe(503);
    await expect(code.title).toHaveText('这个页面没有离线保存');
    await expect(page.locator('.offline-page-address')).toHaveText('（/tencent-im/6013/）');
    await new LookupBox(page, 'hero').lookUp('ErrorCode: 10010');
    await expect(page).toHaveURL(`${server.url}tencent-im/10010/`);
    await expect(code.message).toHaveText('群组不存在，或者曾经存在过，但是目前已经被解散。');
    // Search finds its results offline; their text is in fragments not downloaded yet, so each says so.
    const results = await code.search('群组不存在');
    expect(await results.getResultUrls()).toEqual(['/offline/', '/offline/']);
    await expect(results.results.first()).toContainText('未下载的搜索结果');
  });
});
