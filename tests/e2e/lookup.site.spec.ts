/** The lookup box: exact codes from the catalog, never a near miss, everything else to search. */
import { expect, test } from './fixtures.ts';

test('typing a code on the home page opens its page, however it was pasted', async ({ page, homePage }) => {
  for (const [input, path] of [
    ['10015', /\/tencent-im\/10015\/$/],
    ['{"ActionStatus":"FAIL","ErrorCode":10010}', /\/tencent-im\/10010\/$/],
    [' code=6013 ', /\/tencent-im\/6013\/$/],
    ['野火IM 错误码 7', /\/wildfirechat\/7\/$/],
    ['ErrorCode: 70001', /\/tencent-im\/70001\/$/],
    ['１１４０００', /\/tencent-im\/114000\/$/],
  ] as const) {
    await homePage.goto();
    await homePage.lookup.lookUp(input);
    await expect(page, input).toHaveURL(path);
  }
});

test('the header box works on every page', async ({ page, domainPage }) => {
  await domainPage.goto('tencent-im', 'group');
  await domainPage.headerLookup.lookUp('60004');
  await expect(page).toHaveURL(/\/tencent-im\/60004\/$/);
});

test('a number not in the catalog is said to be missing, not swapped for a near one', async ({ page, homePage }) => {
  await homePage.goto();
  const lookup = homePage.lookup;
  await lookup.lookUp('99999');
  await expect(lookup.result).toContainText('目录中没有错误码 99999。');
  await expect(page).toHaveURL(/\/$/);
  await lookup.lookUp('90999');
  await expect(lookup.result).toContainText('单发消息');
  await lookup.result.getByRole('button', { name: '全文搜索“90999”' }).click();
  await expect(page.getByRole('dialog', { name: '搜索错误码' })).toBeVisible();
});

test('a message without a code is matched against the catalog, and full-text search stays one click away', async ({ page, homePage }) => {
  await homePage.goto();
  const lookup = homePage.lookup;
  await lookup.lookUp('群组不存在 报错');
  // Several systems say "the group does not exist"; Tencent's 10010 is among the cards.
  await expect(lookup.result.locator('a.paste-hit[href$="/tencent-im/10010/"]')).toHaveCount(1);
  await lookup.result.getByRole('button', { name: '全文搜索“群组不存在”' }).click();
  const dialog = page.getByRole('dialog', { name: '搜索错误码' });
  await expect(dialog.getByPlaceholder('搜索错误码')).toHaveValue('群组不存在');
  await expect(dialog.locator('.pagefind-ui__result').filter({ hasText: '10010' }).first()).toBeVisible();
});

test('full-text search gets the paste without the words no page is indexed under', async ({ page, homePage }) => {
  await homePage.goto();
  const lookup = homePage.lookup;
  await lookup.lookUp('PB error');
  await lookup.result.getByRole('button', { name: '全文搜索“PB”' }).click();
  const dialog = page.getByRole('dialog', { name: '搜索错误码' });
  await expect(dialog.getByPlaceholder('搜索错误码')).toHaveValue('PB');
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
});

test('search results can be filtered by system and domain', async ({ homePage }) => {
  // Waiting for Pagefind's filters can take more than the default minute on a loaded machine.
  test.slow();
  await homePage.goto();
  const results = await homePage.search('失败');
  await results.getResultUrls();
  const filters = results.dialog.locator('.pagefind-ui__filter-panel');
  await (await results.getFilterGroup('系统')).click();
  await filters.getByLabel(/野火IM/).check();
  await expect
    .poll(async () => {
      const urls = await results.getResultUrls();
      return urls.length > 0 && urls.every((url) => url.startsWith('/wildfirechat/'));
    })
    .toBe(true);
  await expect(filters.locator('.pagefind-ui__filter-name', { hasText: '分类' })).toBeVisible();
});

test('every filter group shows even when the filter data arrives after the first results', async ({ page, homePage }) => {
  // A slow network: one filter chunk is in before Pagefind answers the search, the others after. Its UI kept the
  // groups of the chunks that had arrived until the reader typed again.
  let passed = 0;
  await page.context().route('**/pagefind/filter/*.pf_filter', async (route) => {
    if (passed++ > 0) await new Promise((resolve) => setTimeout(resolve, 2_500));
    await route.continue();
  });
  await homePage.goto();
  const results = await homePage.search('失败');
  await results.getResultUrls();
  const names = results.dialog.locator('.pagefind-ui__filter-panel .pagefind-ui__filter-name');
  await expect(names).toHaveText(['分类', '处理方', '类别', '系统', '重试'], { timeout: 30_000 });
});
