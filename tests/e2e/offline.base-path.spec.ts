/** Under a base path the worker's scope, shell, cache keys and offline page all live under /errors/. */
import { expect } from './fixtures.ts';
import { getCachedPaths, readManifest, sorted, testOnOwnServer, waitForQuiet, waitForWorker } from './offline-helpers.ts';

const test = testOnOwnServer('dist-base-path', '/errors/');
test.use({ serviceWorkers: 'allow' });

test('under /errors/, a first visit keeps the shell and the page, and offline the rest gets the offline page', async ({
  page,
  server,
  codePage,
  offlinePage,
}) => {
  test.setTimeout(120_000);
  const manifest = await readManifest('dist-base-path');
  await codePage.goto('tencent-im', '90003');
  await waitForWorker(page);
  await waitForQuiet(server);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.url);
  expect(await getCachedPaths(page, '/errors/')).toEqual(sorted([...manifest.shell, 'tencent-im/90003/']));

  await server.stop();
  await page.reload();
  await expect(codePage.title).toHaveText(/^90003 /);
  expect((await offlinePage.goto('tencent-im/group/'))?.status()).toBe(503);
  await expect(offlinePage.title).toHaveText('这个页面没有离线保存');
  await offlinePage.lookup.lookUp('90003');
  await expect(page).toHaveURL(`${server.url}tencent-im/90003/`);
  await expect(codePage.title).toHaveText(/^90003 /);
});
