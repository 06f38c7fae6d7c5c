/**
 * The structured answer on a code page: causes beside fixes, the retry policy, words for the user, the vendor's
 * handling; concept links.
 */
import { expect, test } from './fixtures.ts';

test('6206 lists causes with their fixes, says when to retry, gives words for the user and the vendor’s handling', async ({
  page,
  codePage,
}) => {
  await codePage.goto('tencent-im', '6206');
  const causes = codePage.guidance.locator('.code-causes > div');
  await expect(causes).toHaveCount(2);
  await expect(causes.first().locator('dt')).toHaveText('UserSig 到期，SDK 在线时收到了票据过期通知');
  await expect(causes.first().locator('dd')).toContainText('onUserSigExpired');
  await expect(causes.first().getByRole('link', { name: '文档' })).toHaveAttribute(
    'href',
    'https://cloud.tencent.com/document/product/269/32688',
  );
  await expect(codePage.guidance.locator('.retry-policy')).toHaveText('等服务端重新签发 UserSig 后再重试。');
  const userMessage = codePage.guidance.locator('.user-message');
  await expect(userMessage).toHaveText('登录已过期，请重新登录。');
  // One click selects the whole text, ready to copy.
  await userMessage.click();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('登录已过期，请重新登录。');
  await expect(codePage.guidance.getByText('厂商当前文档的处理建议（本目录转述）')).toBeVisible();
  await expect(codePage.guidance.locator('.vendor-handling')).toContainText('生成新的 UserSig 重新登录');
  await expect(codePage.guidance.locator('.vendor-handling')).toContainText('（2026-12 读取）');
});

test('a write timeout warns that it may already have taken effect, with a backoff in words', async ({ codePage }) => {
  await codePage.goto('tencent-im', '9520');
  await expect(codePage.guidance.locator('.retry-policy').first()).toHaveText('从 2 秒起退避，每次加倍，最长 1 分钟。');
  await expect(codePage.guidance.locator('.maybe-applied')).toContainText('可能已经生效');
});

test('other systems’ codes are linked by the problem they name, and a code naming none has no list', async ({ page, codePage }) => {
  await codePage.goto('tencent-im', '10010');
  await expect(page.getByRole('heading', { name: '其他系统的同类问题：群组不存在或已解散' })).toBeVisible();
  const links = codePage.problemCodes;
  await expect(links.first()).toBeVisible();
  for (const link of await links.all()) await expect(link).not.toContainText('腾讯云 IM');
  await expect(links.filter({ hasText: '会议' })).toHaveCount(0);
  await links.filter({ hasText: 'OpenIM 1201' }).click();
  await expect(page).toHaveURL(/\/openim\/1201\/$/);
  await codePage.goto('tencent-im', '10004');
  await expect(codePage.problemCodes).toHaveCount(0);
});
