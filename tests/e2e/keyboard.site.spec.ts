/** Keyboard-only readers reach everything a code page offers. */
import { expect, test } from './fixtures.ts';

test('Tab reaches the lookup box, search, copy buttons and prev/next', async ({ page, codePage }) => {
  await codePage.goto('tencent-im', '10010');
  const reached = new Set<string>();
  for (let press = 0; press < 120; press++) {
    await page.keyboard.press('Tab');
    reached.add(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return '';
        const name =
          element.getAttribute('aria-label') ??
          element.getAttribute('placeholder') ??
          element.getAttribute('rel') ??
          element.textContent?.trim().slice(0, 20);
        return `${element.tagName.toLowerCase()}:${name}`;
      }),
    );
  }
  for (const expected of [
    'input:错误码或报错信息，如 10010',
    'button:搜索错误码',
    'button:复制链接',
    'button:复制为工单引用',
    'a:prev',
    'a:next',
  ]) {
    expect([...reached], expected).toContain(expected);
  }
});

test('the search dialog opens from the keyboard', async ({ page, codePage }) => {
  await codePage.goto('tencent-im', '10010');
  // Starlight loads Pagefind's UI when the browser is idle, as it would be by the time a reader types.
  await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached' });
  await page.keyboard.press('Control+k');
  const input = page.getByRole('dialog', { name: '搜索错误码' }).getByPlaceholder('搜索错误码');
  await expect(input).toBeFocused();
  await page.keyboard.type('6013');
  await expect(page.locator('.pagefind-ui__result').first()).toContainText('6013');
});
