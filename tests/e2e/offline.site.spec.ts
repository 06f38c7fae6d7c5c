/** The site needs nothing but its own host, and keeps working when that host is gone. */
import { expect, test } from './fixtures.ts';
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

test.describe('installable offline copy', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, pages, search and lookup work with the server gone', async ({ page, context }) => {
    test.setTimeout(120_000);
    const site = new SitePage(page);
    await site.goto('');
    const precached = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const cacheNames = await caches.keys();
      const cache = await caches.open(cacheNames.find((name) => name.startsWith('im-error-codes-'))!);
      return { active: Boolean(registration.active), files: (await cache.keys()).length };
    });
    expect(precached.active).toBe(true);
    expect(precached.files).toBeGreaterThan(1000);

    await context.setOffline(true);
    const code = new CodePage(page);
    await code.goto('tencent-im/6013/');
    await expect(code.title).toHaveText(/^6013 /);
    const results = await code.search('群组不存在');
    expect((await results.getResultUrls())[0]).toMatch(/\/tencent-im\/10010\/$/);

    await code.goto('wildfirechat/general/');
    const lookup = new LookupBox(page, 'header');
    await lookup.lookUp('ErrorCode: 10010');
    await expect(page).toHaveURL(/\/tencent-im\/10010\/$/);
    await expect(code.message).toContainText('群组不存在');
  });
});
