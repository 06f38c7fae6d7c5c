/** Sharing a code: number-only URLs, copy buttons, link previews and the 404 page. */
import { expect, test } from './fixtures.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a number-only URL leads to the code page', async ({ page, codePage }) => {
    // Numbers that one system has (10010 and 7 are also other systems' numbers).
    await codePage.goto('10015');
    await expect(page).toHaveURL(/\/tencent-im\/10015\/$/);
    await codePage.goto('-7');
    await expect(page).toHaveURL(/\/wildfirechat\/-7\/$/);
  });
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy the link and a ticket citation, with visible confirmation', async ({ codePage, baseURL }) => {
    await codePage.goto('tencent-im', '10010');
    await codePage.copyLinkButton.click();
    await expect(codePage.copyStatus).toContainText('已复制链接');
    expect(await codePage.readClipboard()).toBe(new URL('tencent-im/10010/', baseURL).href);
    await codePage.copyCitationButton.click();
    await expect(codePage.copyStatus).toContainText('已复制工单引用');
    expect(await codePage.readClipboard()).toBe(`[腾讯云 IM 10010：群组不存在](${new URL('tencent-im/10010/', baseURL).href})`);
  });

  test('work from the keyboard', async ({ page, codePage, baseURL }) => {
    await codePage.goto('wildfirechat', '7');
    await codePage.copyLinkButton.focus();
    await page.keyboard.press('Tab');
    await expect(codePage.copyCitationButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(codePage.copyStatus).toContainText('已复制工单引用');
    expect(await codePage.readClipboard()).toBe(`[野火IM 7：被踢出](${new URL('wildfirechat/7/', baseURL).href})`);
  });

  test('fall back when the async Clipboard API is missing', async ({ page, codePage, baseURL }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await codePage.goto('tencent-im', '6013');
    await codePage.copyLinkButton.click();
    await expect(codePage.copyStatus).toContainText('已复制链接');
    const reader = await page.context().newPage();
    await reader.goto('');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(new URL('tencent-im/6013/', baseURL).href);
  });
});

test('a code page previews with its system, code and message', async ({ page, codePage }) => {
  await codePage.goto('tencent-im', '10010');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '腾讯云 IM 10010：群组不存在');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    '群组不存在，或者曾经存在过，但是目前已经被解散。',
  );
});

test('a missing code of a system says so and names the domain of its number range', async ({ notFoundPage }) => {
  const response = await notFoundPage.goto('tencent-im/10999/');
  expect(response?.status()).toBe(404);
  await expect(notFoundPage.detail).toContainText('目录中没有错误码 10999。');
  await expect(notFoundPage.detail.getByRole('link', { name: '群组系统' })).toHaveAttribute('href', /\/tencent-im\/group\/$/);
  // This build has no REPORT_URL to report to.
  await expect(notFoundPage.reportLink).toHaveCount(0);
});

test('a missing number-only URL shows the domain note for unlisted codes', async ({ notFoundPage }) => {
  const unlistedNote = '内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604';
  await notFoundPage.goto('70999/');
  await expect(notFoundPage.detail).toContainText('帐号系统');
  await expect(notFoundPage.detail).toContainText(unlistedNote);
});

test('a number that is nowhere near a known range is not guessed at, and the page points home', async ({
  page,
  notFoundPage,
  homePage,
  baseURL,
}) => {
  await notFoundPage.goto('99999/');
  await expect(notFoundPage.title).toHaveText('页面未找到');
  await expect(notFoundPage.detail).toBeVisible();
  await expect(notFoundPage.detail).toHaveText('目录中没有错误码 99999。');
  await expect(notFoundPage.message).toContainText('把错误码或报错粘贴到下面');
  await notFoundPage.homeLink.click();
  await expect(page).toHaveURL(baseURL!);
  await expect(homePage.intro).toBeVisible();
});

test('a code missing from the system in the address lists the systems that have it', async ({ page, notFoundPage, codePage }) => {
  const tencentItem = '腾讯云 IM 10010 群组不存在（群组系统）';
  await notFoundPage.goto('wildfirechat/10010/');
  await expect(notFoundPage.detail).toContainText('错误码 10010 在以下系统中：');
  await expect(notFoundPage.detail.getByRole('listitem')).toHaveText([tencentItem, /^OpenIM 10010 /]);
  await notFoundPage.detail.getByRole('link', { name: '腾讯云 IM 10010 群组不存在' }).click();
  await expect(page).toHaveURL(/\/tencent-im\/10010\/$/);
  await expect(codePage.title).toHaveText('10010 群组不存在');
});

test('odd spellings of a code URL land on the code page', async ({ notFoundPage, codePage }) => {
  for (const [path, title] of [
    ['tencent-im/10010', '10010 群组不存在'],
    ['TENCENT-IM/10010/', '10010 群组不存在'],
    ['tencent-im/010010/', '10010 群组不存在'],
    ['wildfirechat/07/', '7 被踢出'],
    ['%E8%85%BE%E8%AE%AF/10015/', '10015 群组ID非法'],
  ] as const) {
    await notFoundPage.goto(path);
    await expect(codePage.title, path).toHaveText(title);
  }
});
