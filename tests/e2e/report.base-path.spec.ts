/** With REPORT_URL set, unknown codes can be reported, prefilled with the code, system and page. */
import { expect, test } from './fixtures.ts';

test('the 404 page of an unknown code offers a prefilled report link', async ({ notFoundPage }) => {
  await notFoundPage.goto('tencent-im/10999/');
  await expect(notFoundPage.reportLink).toBeVisible();
  const url = new URL((await notFoundPage.reportLink.getAttribute('href'))!);
  expect(url.origin + url.pathname).toBe('https://github.com/example/im-error-codes/issues/new');
  expect(url.searchParams.get('title')).toBe('错误码 10999（腾讯云 IM）不在目录中');
  expect(url.searchParams.get('body')).toContain('/errors/tencent-im/10999/');
});

test('the lookup box offers the report link for a number in no catalog', async ({ homePage }) => {
  await homePage.goto();
  await homePage.lookup.lookUp('错误码 99999');
  await expect(homePage.lookup.result).toContainText('目录中没有错误码 99999。');
  await expect(homePage.lookup.result.getByRole('link', { name: '报告这个错误码' })).toHaveAttribute(
    'href',
    /title=%E9%94%99%E8%AF%AF%E7%A0%81\+99999/,
  );
});
