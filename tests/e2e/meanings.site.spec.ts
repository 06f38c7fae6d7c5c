/** A number with several meanings: the page names each at the top, and each has its own section at its anchor. */
import { expect, test } from './fixtures.ts';

test('WildfireChat -6 says it has two meanings and gives each its own section, reachable by its anchor', async ({ page, codePage }) => {
  await codePage.goto('wildfirechat', '-6');
  const note = page.locator('.code-meanings');
  await expect(note.locator('p').first()).toHaveText('-6 有两个含义，看它从哪里来：');
  await expect(note.getByRole('link')).toHaveText(['连接状态回调', '操作失败回调']);
  const status = page.locator('section#connection-status');
  const operation = page.locator('section#local-nonet');
  await expect(status.locator('.code-message')).toContainText('会话密钥');
  await expect(operation.locator('.code-message')).toContainText('没有可用网络');
  const operationAdvice = operation.getByRole('region', { name: '怎么办：操作失败回调' }).locator('.code-advice');
  await expect(operationAdvice).toContainText('检查网络');
  await expect(operation.locator('.meaning-names')).toContainText('Local_NoNet');
  await note.getByRole('link', { name: '操作失败回调' }).click();
  await expect(page).toHaveURL(/\/wildfirechat\/-6\/#local-nonet$/);
  await expect(operation.locator('h2')).toBeInViewport();
});

test('a link to a meaning opens the page at that meaning', async ({ page }) => {
  await page.goto('wildfirechat/-7/#local-cancel');
  await expect(page.locator('section#local-cancel h2')).toBeInViewport();
  await expect(page.locator('section#local-cancel .code-message')).toContainText('取消');
});

test("Tencent 6016 is titled by today's SDK meaning and shows the old document's text as the old document's", async ({
  page,
  codePage,
}) => {
  await codePage.goto('tencent-im', '6016');
  await expect(page.locator('h1')).toHaveText('6016 消息里有不合法的元素');
  await expect(page.locator('.code-meanings')).toContainText('6016 的含义已变：当前 SDK：消息里有不合法的元素');
  await expect(page.locator('.code-meanings li').nth(1)).toHaveText('旧版文档：注册超时');
  const old = page.locator('section#legacy-sdk');
  await expect(old.locator('h3', { hasText: '官方说明' })).toBeVisible();
  await expect(old.locator('.code-message')).toHaveText('注册超时，需要重试');
  await expect(old.locator('.code-message')).toHaveAttribute('data-text-by', 'vendor');
  await expect(page.locator('section#invalid-msg-elem .code-source')).toContainText('TIMCloudDef.h');
});

test('the domain table lists both meanings of -6, each linked to its section', async ({ page }) => {
  await page.goto('wildfirechat/connection-status/');
  const row = page.locator('tr[id="-6"]');
  await expect(row.getByRole('link', { name: '操作失败回调' })).toHaveAttribute('href', '/wildfirechat/-6/#local-nonet');
  await expect(row.getByRole('link', { name: '连接状态回调' })).toHaveAttribute('href', '/wildfirechat/-6/#connection-status');
});
