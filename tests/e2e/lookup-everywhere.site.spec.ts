/**
 * One lookup everywhere (issue 21): the header box on every page at a phone's width and a desktop's,
 * the search dialog's 错误码匹配 above full-text results, numbers with their sign, and cards that say
 * the whole meaning and stay on the screen.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

/** How far the page runs past the right edge of the screen, in CSS pixels. */
function getOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const [name, viewport] of Object.entries(WIDTHS)) {
  test.describe(`at a ${name}'s width (${viewport.width} px)`, () => {
    test.use({ viewport });

    test('a pasted REST response in the header box of a code page opens its code', async ({ page, codePage }) => {
      await codePage.goto('wildfirechat', '7');
      await expect(codePage.headerLookup.input).toBeVisible();
      await codePage.headerLookup.lookUp('{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"usersig expired"}');
      await expect(page).toHaveURL(/\/tencent-im\/70001\/$/);
    });

    test('a number in the header box never loads the search index', async ({ page, domainPage }) => {
      const searchFiles: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.includes('/pagefind/')) searchFiles.push(request.url());
      });
      await domainPage.goto('tencent-im', 'group');
      await domainPage.headerLookup.lookUp('99999');
      await expect(domainPage.headerLookup.result).toContainText('目录中没有错误码 99999。');
      await domainPage.headerLookup.lookUp('60004');
      await expect(page).toHaveURL(/\/tencent-im\/60004\/$/);
      expect(searchFiles).toEqual([]);
    });

    test('cards name the system and say the whole meaning, the matched words marked', async ({ codePage }) => {
      await codePage.goto('tencent-im', '10010');
      const lookup = codePage.headerLookup;
      // No word of the paste chooses between 野火IM's -6 and Tencent's: both are cards.
      await lookup.lookUp('返回 -6');
      const tencent = lookup.cards.filter({ hasText: '腾讯云 IM' });
      // The title of /tencent-im/-6/ stops at the colon; the card goes on to what the code means.
      await expect(tencent.locator('.paste-hit-meaning')).toHaveText('C 接口同步返回：群组无效。');
      await expect(tencent.locator('.paste-hit-code')).toHaveText('-6');
      await expect(tencent.locator('.paste-hit-excerpt mark')).toHaveText('-6');
      await expect(lookup.cards.filter({ hasText: '野火IM' })).toHaveCount(1);
    });

    test('the search dialog shows the lookup for a pasted JSON response above full-text results, and Enter opens it', async ({
      page,
      codePage,
    }) => {
      await codePage.goto('tencent-im', '10010');
      const search = await codePage.search('{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"usersig expired"}');
      await expect(search.lookupCards).toHaveCount(1);
      await expect(search.lookupCards.first()).toContainText('70001');
      await expect(search.lookupCards.first()).toContainText('腾讯云 IM');
      // Pagefind finds nothing for the whole paste; its message wraps instead of running off the screen.
      await expect(search.message).toContainText('没有找到');
      const message = await search.message.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
      expect(message.scroll).toBeLessThanOrEqual(message.client);
      // A blank typed after the paste, as when Pagefind's search runs again for late filter data, changes nothing.
      await search.input.press('End');
      await search.input.press('Space');
      await search.input.press('Enter');
      await expect(page).toHaveURL(/\/tencent-im\/70001\/$/);
    });

    test('a typed number shows its own pages first in the search dialog, never a negative code; "-6" shows −6 first', async ({
      homePage,
    }) => {
      await homePage.goto();
      const positive = await homePage.search('6');
      await expect(positive.lookupCards.first()).toBeVisible();
      await expect(positive.lookupCards.locator('.paste-hit-code')).toHaveText(['6', '6']);
      await positive.getResultUrls();
      expect((await positive.getLinkUrls())[0]).toMatch(/\/[a-z-]+\/6\/$/);
      const negative = await homePage.search('-6');
      await expect(negative.lookupCards.locator('.paste-hit-code')).toHaveText(['-6', '-6']);
      await negative.getResultUrls();
      expect((await negative.getLinkUrls())[0]).toMatch(/\/[a-z-]+\/-6\/$/);
    });

    test('a labelled code the catalog lacks is said to be missing, in the header box and in the search dialog', async ({
      page,
      codePage,
    }) => {
      await codePage.goto('tencent-im', '10010');
      await codePage.headerLookup.lookUp('ErrorCode: 10999');
      await expect(codePage.headerLookup.result).toContainText('目录中没有错误码 10999。');
      await expect(codePage.headerLookup.cards).toHaveCount(0);
      await expect(page).toHaveURL(/\/tencent-im\/10010\/$/);
      const search = await codePage.search('ErrorCode: 10999');
      await expect(search.lookupSection).toContainText('目录中没有错误码 10999。');
      await expect(search.lookupCards).toHaveCount(0);
    });

    test('the 404 page takes a paste', async ({ page, notFoundPage }) => {
      await notFoundPage.goto('tencent-im/10999/');
      await notFoundPage.lookup.lookUp('PlatformException(6013, Execution Error, sdk not init, null)');
      await expect(page).toHaveURL(/\/tencent-im\/6013\/$/);
    });
  });
}

test.describe("at a small phone's width (360 px)", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('nothing runs past the screen on a code page with cards open, in the header box or the search dialog', async ({
    page,
    codePage,
  }) => {
    await codePage.goto('tencent-im', '30801');
    const lookup = codePage.headerLookup;
    // Two codes marked alike: both are cards (6013 first, whose text agrees), none opens.
    await lookup.lookUp(
      'imsdk err 6013 sdk not init; then err 30801 AddSource_Type_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    );
    await expect(lookup.cards).toHaveCount(2);
    // The longest meaning of the catalog, cut at a clause; an unbroken word of the paste.
    await expect(lookup.cards.nth(1)).toContainText('好友导入参数错误');
    expect(await getOverflow(page)).toBe(0);
    for (const card of await lookup.cards.all()) {
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    await page.keyboard.press('Escape');
    const search = await codePage.search('{"ErrorCode":30801,"ErrorInfo":"AddSource_Type_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX invalid"}');
    await expect(search.lookupCards.first()).toContainText('30801');
    await expect(search.message).toBeVisible();
    const widths = await search.dialog.evaluate((dialog) => [dialog.scrollWidth, dialog.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(await getOverflow(page)).toBe(0);
  });
});
