/** A number with several meanings: the words of a paste choose the meaning, or the reader sees them all. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { LookupBox } from './pages/lookup-box.ts';

/** Where a lookup leads: the page it opened, else its first card's link. */
async function getTarget(page: Page, lookup: LookupBox, paste: string): Promise<string> {
  const home = page.url();
  await lookup.lookUp(paste);
  const card = lookup.result.locator('a.paste-hit').first();
  await expect.poll(async () => page.url() !== home || (await card.isVisible())).toBe(true);
  return page.url() !== home ? page.url() : new URL((await card.getAttribute('href'))!, page.url()).href;
}

test('a send failure with -6 leads to the no-network meaning, a connection status -6 to the key-mismatch one', async ({
  page,
  homePage,
}) => {
  const sendFailure = '野火 发送消息失败 onFail errorCode=-6';
  await homePage.goto();
  expect(await getTarget(page, homePage.lookup, sendFailure)).toMatch(/\/wildfirechat\/-6\/#local-nonet$/);
  await homePage.goto();
  expect(await getTarget(page, homePage.lookup, '野火 onConnectionStatusChange status=-6')).toMatch(
    /\/wildfirechat\/-6\/#connection-status$/,
  );
});

test('a constant name of one meaning opens that meaning', async ({ page, homePage }) => {
  await homePage.goto();
  await homePage.lookup.lookUp('WFC Local_Cancel');
  await expect(page).toHaveURL(/\/wildfirechat\/-7\/#local-cancel$/);
  await expect(page.locator('#local-cancel')).toBeInViewport();
});

test('when nothing in the paste decides, the page opens at its top, which lists every meaning', async ({ page, homePage }) => {
  await homePage.goto();
  await homePage.lookup.lookUp('野火IM 错误码 -6 是什么意思');
  await expect(page).toHaveURL(/\/wildfirechat\/-6\/$/);
  await expect(page.locator('.code-meanings li')).toHaveCount(2);
  await expect(page.locator('.code-meanings')).toContainText('连接状态回调');
  await expect(page.locator('.code-meanings')).toContainText('操作失败回调');
});
