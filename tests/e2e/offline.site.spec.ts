/**
 * The site needs nothing but its own host; after a light first visit the lookup and search work
 * offline; the reader can download every page, and after a deploy the copy fetches only what changed.
 *
 * The offline tests serve the build with their own server (offline-server.ts): it logs what it sends,
 * the service worker's requests included, and can go away, drop the network or switch to another build.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatBytes } from '../../src/offline/protocol.ts';
import { expect, test } from './fixtures.ts';
import { getCachedPaths, readManifest, sorted, testOnOwnServer, waitForQuiet, waitForWorker } from './offline-helpers.ts';
import { buildChangedSite, CHANGED_CODE } from './offline-second-build.ts';

test('no page type even attempts a request to another host', async ({ page, anyPage, externalRequests }) => {
  for (const path of ['', 'tencent-im/', 'tencent-im/group/', 'tencent-im/10010/', '10010/', 'tencent-im/10999/']) {
    await anyPage.goto(path);
    await page.waitForLoadState('networkidle');
  }
  const results = await anyPage.search('群组不存在');
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

// The offline control's summary: what works offline already, then what downloading every page adds.
const DOWNLOAD_HINT = '下载全部页面后，断网时也能浏览全站。';
const SUMMARY_ONE_PAGE_SAVED = `查找和全文搜索已可离线使用，另有 1 个页面保存在本机。${DOWNLOAD_HINT}`;
const SUMMARY_SHELL_ONLY = `查找和全文搜索已可离线使用。${DOWNLOAD_HINT}`;

async function getSeriousViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const theme of ['light', 'dark']) {
    await page.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), theme);
    const { violations } = await new AxeBuilder({ page }).analyze();
    problems.push(
      ...violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `[${theme}] ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    );
  }
  return problems;
}

const offlineTest = testOnOwnServer('dist');

offlineTest.describe('offline', () => {
  offlineTest.use({ serviceWorkers: 'allow' });

  offlineTest(
    'a first visit to a code page fetches the app shell, not the site; lookup and search then work offline',
    async ({ page, server, codePage, offlinePage }) => {
      offlineTest.setTimeout(120_000);
      const manifest = await readManifest('dist');
      await codePage.goto('tencent-im', '10010');
      await waitForWorker(page);
      await waitForQuiet(server);

      const bytes = server.requests.reduce((sum, request) => sum + request.bytes, 0);
      console.log(
        `First visit to /tencent-im/10010/: ${server.requests.length} requests, ${bytes} bytes (${manifest.shell.length} shell files).`,
      );
      expect(bytes).toBeLessThan(FIRST_VISIT_BUDGET_BYTES);
      // Exactly the shell, the page and the worker: no other page, no search fragment, not the manifest.
      expect(sorted(server.requests.map((request) => request.path))).toEqual(sorted([...manifest.shell, 'tencent-im/10010/', 'sw.js']));
      expect(await getCachedPaths(page)).toEqual(sorted([...manifest.shell, 'tencent-im/10010/']));

      await server.stop();
      await page.reload();
      await expect(codePage.title).toHaveText('10010 群组不存在');
      // A page never opened: the offline page, at the address asked for, with the lookup box and search.
      const response = await offlinePage.goto('tencent-im/6013/');
      expect(response?.status()).toBe(503);
      await expect(offlinePage.title).toHaveText('这个页面没有离线保存');
      await expect(offlinePage.address).toHaveText('（/tencent-im/6013/）');
      await expect(offlinePage.control.summary).toHaveText(SUMMARY_ONE_PAGE_SAVED);
      expect(await getSeriousViolations(page)).toEqual([]);
      await offlinePage.lookup.lookUp('{"ActionStatus":"FAIL","ErrorCode":10010}');
      await expect(page).toHaveURL(`${server.url}tencent-im/10010/`);
      await expect(codePage.message).toHaveText('群组不存在，或者曾经存在过，但是目前已经被解散。');
      // Search finds its results offline; their text is in fragments not downloaded yet, so each says so.
      const results = await codePage.search('群组不存在');
      const urls = await results.getResultUrls();
      expect(urls.length).toBeGreaterThan(0);
      expect(new Set(urls)).toEqual(new Set(['/offline/']));
      await expect(results.results.first()).toContainText('未下载的搜索结果');
    },
  );

  offlineTest(
    'the download: progress, cancel, a dropped network and resume; then every page offline; then its removal',
    async ({ page, server, homePage, anyPage, codePage, notFoundPage, offlinePage }) => {
      offlineTest.setTimeout(240_000);
      const manifest = await readManifest('dist');
      const total = { files: manifest.files.length, bytes: manifest.files.reduce((sum, [, size]) => sum + size, 0) };
      await homePage.goto();
      await waitForWorker(page);
      await waitForQuiet(server);
      const cachedFirst = await getCachedPaths(page);
      // The header's control, the same on every page.
      const control = homePage.offline;

      // From the keyboard: the header button opens the dialog, Tab reaches the download button.
      await control.headerButton.focus();
      await page.keyboard.press('Enter');
      await expect(control.panel).toBeVisible();
      await expect(control.summary).toHaveText(SUMMARY_ONE_PAGE_SAVED);
      await expect(control.fact('本机目录版本')).toHaveText(`${manifest.date} · ${manifest.version.slice(0, 8)}`);
      const storageUsed = /^[\d.]+ (KB|MB)（(已设为持久保存|空间不足时浏览器可能清除)）$/;
      await expect(control.fact('占用空间')).toHaveText(storageUsed);
      server.clearLog();
      server.slowDownloads(30);
      await page.keyboard.press('Tab');
      await expect(control.downloadButton).toBeFocused();
      await page.keyboard.press('Enter');

      await expect.poll(() => control.progress.evaluate((bar: HTMLProgressElement) => bar.value)).toBeGreaterThan(0);
      await control.cancelButton.click();
      await expect(control.live).toHaveText('已取消。已下载的文件会保留，可以继续下载。');
      await expect(control.counts).toHaveText(new RegExp(`^[\\d,]+ / ${total.files.toLocaleString('zh-CN')} 个文件 · `));

      server.breakNetworkAfter(150);
      await control.resumeButton.click();
      const networkDropped = '网络中断，下载已暂停。已下载的文件会保留；网络恢复后点“继续下载”。';
      await expect(control.live).toHaveText(networkDropped, { timeout: 60_000 });
      server.breakNetworkAfter(undefined);
      server.slowDownloads(0);
      await control.resumeButton.click();
      await expect(control.live).toHaveText(`下载完成：全部 ${total.files.toLocaleString('zh-CN')} 个文件已可离线使用。`, {
        // A download of the whole site (over 4,000 files) on a busy two-core machine.
        timeout: 240_000,
      });
      const files = total.files.toLocaleString('zh-CN');
      await expect(control.counts).toHaveText(`${files} / ${files} 个文件 · ${formatBytes(total.bytes)} / ${formatBytes(total.bytes)}`);
      expect(await control.progress.evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([total.bytes, total.bytes]);
      const allSaved = `全部页面（${files} 个文件）已保存在本机：断网时也能浏览全站、查找和搜索。`;
      await expect(control.summary).toHaveText(allSaved);
      await expect(control.headerButton).toContainText('已下载');

      // Resumed runs skip what is cached: each file once, but for the few under way when the reader cancelled.
      const downloads = server.requests
        .filter((request) => request.download && request.path !== 'offline-manifest.json')
        .map((request) => request.path);
      const twice = downloads.filter((path, index) => downloads.indexOf(path) !== index);
      expect(twice.length).toBeLessThanOrEqual(4);
      expect(sorted([...downloads, ...cachedFirst])).toEqual(sorted(manifest.files.map(([path]) => path)));
      expect(await getCachedPaths(page)).toEqual(sorted(manifest.files.map(([path]) => path)));
      expect(await getSeriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(control.panel).toBeHidden();

      // The server is gone: every kind of page, the lookup and the search.
      await server.stop();
      for (const [path, title] of [
        ['', 'IM 错误码目录'],
        ['tencent-im/', '腾讯云 IM 错误码'],
        ['tencent-im/group/', '群组系统'],
        ['tencent-im/6013/', '6013 SDK 未初始化或者用户未登陆成功'],
        ['wildfirechat/7/', '7 被踢出'],
      ] as const) {
        expect((await anyPage.goto(path))?.status(), path).toBe(200);
        await expect(anyPage.title, path).toHaveText(title);
      }
      // A number one system has leads to its page offline too (10010 is also an OpenIM number).
      await codePage.goto('10015');
      await expect(page).toHaveURL(`${server.url}tencent-im/10015/`);
      await expect(codePage.title).toHaveText('10015 群组ID非法');
      expect((await notFoundPage.goto('tencent-im/10999/'))?.status()).toBe(404);
      await expect(notFoundPage.detail).toContainText('目录中没有错误码 10999。');
      await notFoundPage.headerLookup.lookUp('ErrorCode: 6013');
      await expect(page).toHaveURL(`${server.url}tencent-im/6013/`);
      const results = await codePage.search('群组不存在');
      // Several systems say the group does not exist; Tencent's 10010 is among the first.
      expect((await results.getResultUrls()).slice(0, 3)).toContain('/tencent-im/10010/');

      // Removing the copy keeps only the shell: lookup and search still work, other pages are gone.
      await page.keyboard.press('Escape');
      await control.open();
      await control.removeButton.click();
      await expect(control.live).toHaveText('离线副本已删除。查找和搜索仍可离线使用。');
      await expect(control.summary).toHaveText(SUMMARY_SHELL_ONLY);
      expect(await getCachedPaths(page)).toEqual(sorted(manifest.shell));
      expect((await offlinePage.goto('tencent-im/group/'))?.status()).toBe(503);
      await expect(offlinePage.title).toHaveText('这个页面没有离线保存');
    },
  );

  offlineTest.describe('after a deploy', () => {
    // One build of the next site for both tests, in one worker.
    offlineTest.describe.configure({ mode: 'serial' });
    let second: Awaited<ReturnType<typeof buildChangedSite>> | undefined;
    offlineTest.beforeAll(async () => {
      offlineTest.setTimeout(240_000);
      second = await buildChangedSite();
    });
    offlineTest.afterAll(async () => second?.discard());

    offlineTest(
      'a notice offers the reload, and the downloaded copy fetches only the changed files',
      async ({ page, server, codePage, domainPage }) => {
        offlineTest.setTimeout(240_000);
        const [first, next] = [await readManifest('dist'), await readManifest(second!.dist)];
        const before = new Map(first.files.map(([path, , hash]) => [path, hash]));
        const changed = next.files.filter(([path, , hash]) => before.get(path) !== hash).map(([path]) => path);
        // What one changed message changes: its page, its domain's table, the number-only page that lists
        // the systems sharing 10010 with their messages, the exports and the search index.
        expect(changed.filter((path) => !path.startsWith('pagefind/'))).toEqual([
          '10010/',
          'catalog.json',
          'code-index.json',
          'codes.csv',
          'tencent-im/10010/',
          'tencent-im/group/',
        ]);
        const searchIndex = /^pagefind\/(pagefind-entry\.json|[^/]+\.pf_meta|(index|fragment)\/[^/]+)$/;
        expect(changed.filter((path) => path.startsWith('pagefind/')).every((path) => searchIndex.test(path))).toBe(true);

        const control = codePage.offline;
        await codePage.goto('tencent-im', CHANGED_CODE.code);
        await waitForWorker(page);
        await control.open();
        await control.downloadButton.click();
        await expect(control.live).toHaveText(/^下载完成/, { timeout: 240_000 });
        await page.keyboard.press('Escape');

        // The next build is deployed on the same address.
        await server.stop();
        server.clearLog();
        await server.start(second!.dist);
        await page.reload();
        const notice = page.getByRole('status').filter({ hasText: '目录已更新' });
        await expect(notice).toBeVisible({ timeout: 30_000 });
        expect(await getSeriousViolations(page)).toEqual([]);
        // The page shows the new text already (pages come from the network first); the reload lets the new worker take over.
        await expect(codePage.message).toHaveText(CHANGED_CODE.after);
        const reloaded = page.waitForEvent('load');
        await notice.getByRole('button', { name: '重新加载' }).click();
        await reloaded;
        await expect(notice).toBeHidden();
        await control.open();
        await expect(control.live).toHaveText(/^离线副本已更新：下载了 \d+ 个有变化的文件。$/, { timeout: 60_000 });
        await expect(control.fact('本机目录版本')).toHaveText(`${next.date ?? '日期未知'} · ${next.version.slice(0, 8)}`);
        await expect(control.summary).toHaveText(/^全部页面/);

        // Every file sent since the deploy (revalidations answered 304 aside), but the worker script and the
        // manifest, is a changed file; each once, but the page the test reloaded.
        const fetched = server.requests
          .filter((request) => request.status === 200)
          .map((request) => request.path.replace(/\?.*$/, ''))
          .filter((path) => path !== 'sw.js' && path !== 'offline-manifest.json');
        expect(sorted(fetched)).toEqual(sorted(changed));
        const repeated = fetched.filter((path, index) => fetched.indexOf(path) !== index);
        expect(sorted(repeated)).toEqual(repeated.length === 0 ? [] : ['tencent-im/10010/']);

        await server.stop();
        await page.reload();
        await expect(codePage.message).toHaveText(CHANGED_CODE.after);
        await domainPage.goto('tencent-im', 'group');
        await expect(domainPage.row(CHANGED_CODE.code)).toContainText(CHANGED_CODE.after);
      },
    );

    offlineTest(
      'without a download, the pages kept are fetched again and the previous search index is dropped',
      async ({ page, server, codePage }) => {
        offlineTest.setTimeout(120_000);
        const next = await readManifest(second!.dist);
        await codePage.goto('tencent-im', CHANGED_CODE.code);
        await waitForWorker(page);
        await waitForQuiet(server);

        await server.stop();
        await server.start(second!.dist);
        await codePage.goto('tencent-im', '6013');
        const notice = page.getByRole('status').filter({ hasText: '目录已更新' });
        await expect(notice).toBeVisible({ timeout: 30_000 });
        const reloaded = page.waitForEvent('load');
        await notice.getByRole('button', { name: '重新加载' }).click();
        await reloaded;
        await expect
          .poll(
            () =>
              page.evaluate(
                async () => ((await (await caches.match('/__offline__/state.json'))?.json()) as { version: string } | undefined)?.version,
              ),
            {
              timeout: 30_000,
            },
          )
          .toBe(next.version);
        // The new shell and the two pages opened; none of the first build's index chunks.
        expect(await getCachedPaths(page)).toEqual(sorted([...next.shell, 'tencent-im/6013/', 'tencent-im/10010/']));

        await server.stop();
        await codePage.goto('tencent-im', CHANGED_CODE.code);
        await expect(codePage.message).toHaveText(CHANGED_CODE.after);
      },
    );
  });
});
