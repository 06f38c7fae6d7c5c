/** A fixture catalog with hostile text, a number two systems share and a retired code. */
import type { CatalogExport } from '../../src/exports/catalog-export.ts';
import { expect, test } from './fixtures.ts';

const PAGES = ['', 'alpha/', 'alpha/group/', 'alpha/7/', 'alpha/8/', 'alpha/9/', 'beta/7/', '7/', 'alpha/123/'];

test('catalog text never becomes markup: no script runs, no element is injected, the text shows literally', async ({
  page,
  anyPage,
  codePage,
}) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  for (const path of PAGES) {
    await anyPage.goto(path);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), path).toBeUndefined();
    expect(await page.locator('main img, main script:not([type="module"]), main i, main b').count(), path).toBe(0);
  }
  expect(dialogs).toBe(0);
  await codePage.goto('alpha', '7');
  await expect(codePage.message).toHaveText(
    "<script>window.__pwned = 'message'</script>脚本 | *粗体* `代码` [链接](javascript:alert(1)) {astro} ---",
  );
  await expect(codePage.handling).toHaveText(
    `<img src=x onerror="window.__pwned = 'handling'">处理 ![图](x) <a href="javascript:alert(2)">点我</a>`,
  );
  await expect(codePage.domainNotes).toHaveText([`说明 <img src=x onerror="window.__pwned = 'note'"> {note} ---`]);
  await expect(codePage.fact('分类')).toHaveText('群组<i>系统</i> | *x*');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /^甲<b>IM<\/b> 7：<script>/);
  await codePage.goto('alpha', '8');
  await expect(codePage.title).toHaveText('8 --- title');
  await expect(codePage.message).toHaveText('--- title: 覆盖 ---');
  await expect(codePage.message.getByRole('link', { name: '覆盖' })).toHaveAttribute('href', 'https://example.com/docs?q=<x>&r="y"');
});

test('a number two systems use lists both instead of guessing', async ({ page, anyPage }) => {
  await anyPage.goto('7/');
  const candidates = page.locator('.number-candidates li');
  await expect(candidates).toHaveCount(2);
  await expect(candidates.nth(0)).toContainText('甲<b>IM</b> 7');
  await expect(candidates.nth(1)).toContainText('乙 IM 7');
  await candidates.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(/\/beta\/7\/$/);
});

test('a retired code keeps its page, says so and links its replacement', async ({ page, codePage }) => {
  await codePage.goto('alpha', '9');
  await expect(page.locator('.code-removed')).toContainText('此错误码已停用。由 8 取代 <b>粗</b>。');
  await page.locator('.code-removed').getByRole('link').click();
  await expect(page).toHaveURL(/\/alpha\/8\/$/);
});

test('exports and search results keep hostile text as text', async ({ page, request, homePage }) => {
  const message = "<script>window.__pwned = 'message'</script>脚本 | *粗体* `代码` [链接](javascript:alert(1)) {astro} ---";
  const catalogResponse = await request.get('catalog.json');
  expect(catalogResponse.headers()['content-type']).toContain('application/json');
  const exported = (await catalogResponse.json()) as CatalogExport;
  expect(exported.systems[0]?.domains[0]?.codes[0]?.message).toBe(message);
  const csv = await (await request.get('codes.csv')).text();
  expect(csv).toContain(`7,,甲<b>IM</b>,群组<i>系统</i> | *x*,${message},vendor,`);

  await homePage.goto();
  const results = await homePage.search('脚本');
  await expect(results.results.first()).toContainText('脚本');
  await expect(results.dialog.locator('img, script:not([type])')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});
