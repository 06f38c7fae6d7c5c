/** Codes beyond the seed documents: negative codes, ranges, constant names, cited sources, newer statements. */
import { expect, test } from './fixtures.ts';

test("a negative code has its own page, in the catalog's words, citing the header file and line", async ({ page, codePage }) => {
  await codePage.goto('wildfirechat', '-12');
  await expect(codePage.title).toHaveText(/^-12 /);
  await expect(codePage.fact('常量名')).toHaveText('Local_TaskParam');
  await expect(page.locator('h2', { hasText: '本目录说明' })).toBeVisible();
  await expect(page.locator('.text-by-note')).toContainText('不是厂商原文');
  await expect(codePage.source.getByRole('link')).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\/wildfirechat\/android-chat\/blob\/[0-9a-f]{40}\/.*ErrorCode\.java#L\d+$/,
  );
});

test('the number-only URL of a negative code leads to it, and -7 is never 7', async ({ page, codePage }) => {
  await codePage.goto('-7');
  await expect(page).toHaveURL(/\/wildfirechat\/-7\/$/);
  // 7 is a code of two systems (野火IM and its app server): its number-only page lists both, never -7.
  await codePage.goto('7');
  await expect(page).toHaveURL(/\/7\/$/);
  await expect(page.locator('main a[href$="/wildfirechat/7/"]')).toBeVisible();
  await expect(page.locator('main a[href$="/wildfirechat-app-server/7/"]')).toBeVisible();
  await expect(page.locator('main a[href$="/-7/"]')).toHaveCount(0);
});

test('a number inside a reserved range leads to the range page from the 404 page', async ({ page, notFoundPage }) => {
  await notFoundPage.goto('tencent-im/125000/');
  await expect(page).toHaveURL(/\/tencent-im\/120001-130000\/$/);
  await expect(page.locator('.code-facts')).toContainText('120001–130000');
});

test('a seed code that a newer source describes differently shows both, and is listed among the differences', async ({
  page,
  codePage,
  anyPage,
}) => {
  await codePage.goto('tencent-im', '80002');
  await expect(codePage.message).toContainText('8k');
  await expect(codePage.newerStatements.first()).toContainText('12K');
  await expect(codePage.newerStatements.first().locator('.newer-source')).toContainText('本目录转述');
  await anyPage.goto('differences/');
  await expect(page.getByRole('link', { name: /腾讯云 IM 80002/ })).toBeVisible();
});
