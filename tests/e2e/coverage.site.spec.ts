/** Codes beyond the seed documents: negative codes, ranges, constant names, cited sources, newer statements. */
import { expect, test } from './fixtures.ts';
import { CodePage } from './pages/code-page.ts';
import { NotFoundPage } from './pages/not-found-page.ts';

test("a negative code has its own page, in the catalog's words, citing the header file and line", async ({ page }) => {
  const code = new CodePage(page);
  await code.goto('wildfirechat/-7/');
  await expect(page.locator('h1')).toHaveText(/^-7 /);
  await expect(code.fact('常量名')).toHaveText('kConnectionStatusKickedoff');
  await expect(page.locator('h2', { hasText: '本目录说明' })).toBeVisible();
  await expect(page.locator('.text-by-note')).toContainText('不是厂商原文');
  await expect(code.source.getByRole('link')).toHaveAttribute('href', /^https:\/\/github\.com\/wildfirechat\/ios-chat\/blob\/[0-9a-f]{40}\/.*WFCCNetworkService\.h#L\d+$/);
});

test('the number-only URL of a negative code leads to it, and -7 is never 7', async ({ page }) => {
  await page.goto('-7/');
  await expect(page).toHaveURL(/\/wildfirechat\/-7\/$/);
  await page.goto('7/');
  await expect(page).toHaveURL(/\/wildfirechat\/7\/$/);
});

test('a number inside a reserved range leads to the range page from the 404 page', async ({ page }) => {
  const notFound = new NotFoundPage(page);
  await notFound.goto('tencent-im/125000/');
  await expect(page).toHaveURL(/\/tencent-im\/120001-130000\/$/);
  await expect(page.locator('.code-facts')).toContainText('120001–130000');
});

test('a seed code that a newer source describes differently shows both, and is listed among the differences', async ({ page }) => {
  const code = new CodePage(page);
  await code.goto('tencent-im/80002/');
  await expect(code.message).toContainText('8k');
  await expect(code.newerStatements.first()).toContainText('12K');
  await expect(code.newerStatements.first().locator('.newer-source')).toContainText('本目录转述');
  await code.goto('differences/');
  await expect(page.getByRole('link', { name: /腾讯云 IM 80002/ })).toBeVisible();
});
