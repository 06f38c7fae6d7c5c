import type { PagefindApi } from '../helpers/pagefind-api.ts';
import { expect, test } from './fixtures.ts';

test('searching a code number puts that code page first', async ({ homePage }) => {
  await homePage.goto();
  const results = await homePage.search('10015');
  expect((await results.getResultUrls())[0]).toMatch(/\/tencent-im\/10015\/$/);
});

test('searching a Chinese phrase of a message finds the code pages before any list page', async ({ homePage }) => {
  await homePage.goto();
  const results = await homePage.search('群组不存在');
  const urls = await results.getResultUrls();
  // Several systems have a code that says so; Tencent's 10010 is among the first.
  expect(urls.slice(0, 3)).toContainEqual(expect.stringMatching(/\/tencent-im\/10010\/$/));
  const firstListPage = urls.findIndex((url) => !/\/\d+\/$/.test(url));
  const lastCodePage = urls.findLastIndex((url) => /\/\d+\/$/.test(url));
  if (firstListPage !== -1) expect(firstListPage).toBeGreaterThan(lastCodePage);
});

test('Chinese partial words find their codes', async ({ homePage }) => {
  await homePage.goto();
  const urls = await (await homePage.search('未初始化')).getResultUrls();
  expect(urls.slice(0, 3)).toContainEqual(expect.stringMatching(/\/tencent-im\/6013\/$/));
});

test('the search dialog speaks Chinese', async ({ homePage }) => {
  await homePage.goto();
  const results = await homePage.search('10010');
  await expect(results.dialog.locator('.pagefind-ui__message')).toContainText('找到');
  const none = await homePage.search('zzzzqqq');
  await expect(none.dialog.locator('.pagefind-ui__message')).toHaveText('没有找到与“zzzzqqq”相关的结果');
});

test("a code page is found by its own words, not by its neighbours' titles in its prev/next links", async ({ page, homePage }) => {
  await homePage.goto();
  const indexed = await page.evaluate(async () => {
    const pagefind = (await import(/* @vite-ignore */ `${document.baseURI.replace(/\/?$/, '/')}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.init();
    const { results } = await pagefind.search('10010');
    const pages = await Promise.all(results.map((result) => result.data()));
    return pages.find((data) => data.url.endsWith('/tencent-im/10010/'))?.content;
  });
  expect(indexed).toContain('群组不存在');
  expect(indexed).not.toMatch(/上一页|下一页/);
});
