/** Pasting what a reader holds (a REST response, a log, an exception) into the home page's box. */
import { expect, test as base } from './fixtures.ts';
import type { LookupBox } from './pages/lookup-box.ts';

/** Each test starts on the home page, with its box. */
const test = base.extend<{ lookup: LookupBox }>({
  lookup: async ({ homePage }, use) => {
    await homePage.goto();
    await use(homePage.lookup);
  },
});

test.describe('the home page lookup box reads a whole paste', () => {
  test('a REST API response opens the code it reports', async ({ page, lookup }) => {
    await lookup.lookUp('{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"usersig expired"}');
    await expect(page).toHaveURL(/\/tencent-im\/70001\/$/);
  });

  test('a log line full of timestamps, pids and versions opens the IM code, not a number of the noise', async ({ page, lookup }) => {
    await lookup.lookUp(
      '2021-03-09 18:02:11.514 31337-31402/com.example.chat E/imsdk: [msg_mgr.cpp.88] sdk 5.1.60 send failed, code:6014 desc:not logged in',
    );
    await expect(page).toHaveURL(/\/tencent-im\/6014\/$/);
  });

  test('a negative code keeps its sign', async ({ page, lookup }) => {
    await lookup.lookUp('野火 onConnectionStatusChanged status changed to (-7)');
    // The connection-status callback names which of -7's two meanings it is.
    await expect(page).toHaveURL(/\/wildfirechat\/-7\/#connection-status$/);
  });

  test('a paste with two codes lists both as cards, the one its message agrees with first, and the cards are keyboard navigable', async ({
    page,
    lookup,
  }) => {
    await lookup.lookUp('imsdk err 6013 sdk not init; then err 6012 timeout');
    const cards = lookup.result.locator('a.paste-hit');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toContainText('6013');
    await expect(cards.nth(1)).toContainText('6012');
    await expect(cards.nth(0).locator('mark').first()).toHaveText('6013');
    await expect(cards.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(cards.nth(1)).toBeFocused();
    const second = await cards.nth(1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new URL(second!, page.url()).href);
  });

  test('an HTTP status line opens no page', async ({ page, lookup }) => {
    await lookup.lookUp('HTTP/1.1 404 Not Found');
    await expect(
      lookup.result
        .or(page.getByRole('dialog', { name: '搜索错误码' }))
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await expect(lookup.result.locator('a.paste-hit')).toHaveCount(0);
    await expect(lookup.result).not.toContainText('可能的错误码');
  });

  test('Shift+Enter adds a line; Enter looks the paste up', async ({ page, lookup }) => {
    await lookup.input.fill('status: 200');
    await lookup.input.press('Shift+Enter');
    await lookup.input.pressSequentially('错误码：10015');
    await expect(lookup.input).toHaveValue('status: 200\n错误码：10015');
    await lookup.input.press('Enter');
    await expect(page).toHaveURL(/\/tencent-im\/10015\/$/);
  });

  test('a constant name opens its code', async ({ page, lookup }) => {
    await lookup.lookUp('onError: ERR_SDK_NET_DISCONNECT');
    await expect(page).toHaveURL(/\/tencent-im\/9508\/$/);
  });

  test('a number inside a reserved range opens the range page', async ({ page, lookup }) => {
    await lookup.lookUp('125000');
    await expect(page).toHaveURL(/\/tencent-im\/120001-130000\/$/);
    await expect(page.locator('h1')).toContainText('120001–130000');
  });

  test('a long paste stays inside the layout', async ({ page, lookup }) => {
    const log = Array.from(
      { length: 200 },
      (_, index) => `2024-01-01 10:00:${String(index % 60).padStart(2, '0')} I/chat: heartbeat ok seq=${index}`,
    ).join('\n');
    await lookup.input.fill(`${log}\nE/chat: send failed errCode=20007`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(width).toBe(0);
    await lookup.input.press('Enter');
    await expect(page).toHaveURL(/\/tencent-im\/20007\/$/);
  });
});
