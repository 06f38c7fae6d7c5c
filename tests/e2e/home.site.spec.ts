import { expect, test } from './fixtures.ts';
import { HomePage } from './pages/home-page.ts';

test('the home page introduces the site and lists both systems with their domains and counts', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto('');
  await expect(page).toHaveTitle(/IM 错误码目录/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(home.intro).toContainText('802 个错误码');
  await expect(home.systemSection('野火IM')).toBeVisible();
  await expect(home.systemSection('腾讯云 IM')).toBeVisible();
  await expect(home.domainTableRow('群组系统')).toContainText('54');
  await expect(home.domainTableRow('通用状态码')).toContainText('56');
  await home.domainTableRow('群组系统').getByRole('link').click();
  await expect(page).toHaveURL(/\/tencent-im\/group\/$/);
});

test('the sidebar lists systems and domains but no code pages', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto('');
  await expect(home.sidebar.getByRole('link', { name: /^群组系统/ })).toBeVisible();
  // Each system's overview and domains (野火IM 3, 腾讯云 IM 26), and the categories page.
  await expect(home.sidebar.getByRole('link')).toHaveCount(1 + 3 + (1 + 26) + 1);
});

test("inside a system the sidebar shows that system's domains and every other system as one link", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto('tencent-im/10010/');
  await expect(home.sidebar.getByRole('link', { name: /^群组系统/ })).toBeVisible();
  await expect(home.sidebar.getByRole('link', { name: /^通用状态码/ })).toHaveCount(0);
  await expect(home.sidebar.getByRole('link')).toHaveCount(1 + (1 + 26) + 1);
  await home.sidebar.getByRole('link', { name: '野火IM' }).click();
  await expect(page).toHaveURL(/\/wildfirechat\/$/);
  await expect(home.sidebar.getByRole('link', { name: /^通用状态码/ })).toBeVisible();
  await expect(home.sidebar.getByRole('link', { name: /^群组系统/ })).toHaveCount(0);
});
