/** The header's theme select (src/components/ThemeSelect.astro, ThemeProvider.astro): a choice that lasts across pages. */
import { expect, test } from './fixtures.ts';

test('a chosen theme applies to the next page from its first paint; auto follows the system', async ({ page, codePage, domainPage }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await codePage.goto('tencent-im', '10010');
  const html = page.locator('html');
  const select = page.getByRole('banner').getByLabel('选择主题');
  await expect(select).toHaveValue('auto');
  await expect(html).toHaveAttribute('data-theme', 'light');

  await select.selectOption({ label: '深色' });
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // The theme is set by the inline script in <head>, before anything is drawn: read it as soon as the body starts.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as { firstTheme?: string }).firstTheme = document.documentElement.dataset.theme;
    });
  });
  await domainPage.goto('tencent-im', 'group');
  expect(await page.evaluate(() => (window as { firstTheme?: string }).firstTheme)).toBe('dark');
  await expect(page.getByRole('banner').getByLabel('选择主题')).toHaveValue('dark');

  await page.getByRole('banner').getByLabel('选择主题').selectOption({ label: '自动' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('with storage denied (blocked cookies) the page follows the system and the select still switches the theme', async ({
  page,
  codePage,
}) => {
  // The page fixture fails the test on any script error (tests/e2e/fixtures.ts).
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await codePage.goto('tencent-im', '10010');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const select = page.getByRole('banner').getByLabel('选择主题');
  await expect(select).toHaveValue('auto');
  await select.selectOption({ label: '深色' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
});
