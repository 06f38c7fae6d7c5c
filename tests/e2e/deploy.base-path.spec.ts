/** The same repository deployed under /errors/ on a known origin. */
import type { CatalogExport } from '../../src/exports/catalog-export.ts';
import { expect, test } from './fixtures.ts';

test('link previews and canonical URLs are absolute', async ({ page, codePage }) => {
  await codePage.goto('tencent-im', '10010');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://errors.example.com/errors/tencent-im/10010/');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', 'https://errors.example.com/errors/tencent-im/10010/');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '腾讯云 IM 10010：群组不存在');
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy the public URL, not the address being browsed', async ({ codePage }) => {
    await codePage.goto('tencent-im', '10010');
    const citation = '[腾讯云 IM 10010：群组不存在](https://errors.example.com/errors/tencent-im/10010/)';
    await codePage.copyCitationButton.click();
    expect(await codePage.readClipboard()).toBe(citation);
  });
});

test('number-only URLs, catalog.json and search stay inside the base path', async ({ page, request, codePage }) => {
  await codePage.goto('10015');
  await expect(page).toHaveURL(/\/errors\/tencent-im\/10015\/$/);
  const exported = (await (await request.get('catalog.json')).json()) as CatalogExport;
  expect(exported.systems[1]?.domains[0]?.codes[0]?.url).toMatch(/^\/errors\/tencent-im\/\d+\/$/);
  const results = await codePage.search('10015');
  expect((await results.getResultUrls())[0]).toBe('/errors/tencent-im/10015/');
});

test("the 404 page's links stay inside the base path", async ({ notFoundPage }) => {
  await notFoundPage.goto('tencent-im/10999/');
  await expect(notFoundPage.detail).toContainText('目录中没有错误码 10999。');
  await expect(notFoundPage.detail.getByRole('link', { name: '群组系统' })).toHaveAttribute('href', '/errors/tencent-im/group/');
  await expect(notFoundPage.homeLink).toHaveAttribute('href', '/errors/');
});
