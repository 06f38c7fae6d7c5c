import { expect, test } from './fixtures.ts';
import { SitePage } from './pages/site-page.ts';

test('searching a code number puts that code page first', async ({ page }) => {
  const site = new SitePage(page);
  await site.goto('');
  const results = await site.search('10010');
  expect((await results.getResultUrls())[0]).toMatch(/\/tencent-im\/10010\/$/);
});

test('searching a Chinese phrase of a message finds the code pages before any list page', async ({ page }) => {
  const site = new SitePage(page);
  await site.goto('');
  const results = await site.search('群组不存在');
  const urls = await results.getResultUrls();
  expect(urls[0]).toMatch(/\/tencent-im\/10010\/$/);
  const firstListPage = urls.findIndex((url) => !/\/\d+\/$/.test(url));
  const lastCodePage = urls.findLastIndex((url) => /\/\d+\/$/.test(url));
  if (firstListPage !== -1) expect(firstListPage).toBeGreaterThan(lastCodePage);
});

test('Chinese partial words find their codes', async ({ page }) => {
  const site = new SitePage(page);
  await site.goto('');
  const urls = await (await site.search('未初始化')).getResultUrls();
  expect(urls.slice(0, 3)).toContainEqual(expect.stringMatching(/\/tencent-im\/6013\/$/));
});

test('the search dialog speaks Chinese', async ({ page }) => {
  const site = new SitePage(page);
  await site.goto('');
  const results = await site.search('10010');
  await expect(results.dialog.locator('.pagefind-ui__message')).toContainText('找到');
  const none = await site.search('zzzzqqq');
  await expect(none.dialog.locator('.pagefind-ui__message')).toHaveText('没有找到与“zzzzqqq”相关的结果');
});
