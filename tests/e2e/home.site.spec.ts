import type { CatalogExport } from '../../src/exports/catalog-export.ts';
import { expect, test } from './fixtures.ts';

test('the home page introduces the site and lists the systems with their domains and counts', async ({ page, request, homePage }) => {
  const { systems } = (await (await request.get('catalog.json')).json()) as CatalogExport;
  const codeCount = systems.flatMap((system) => system.domains.flatMap((domain) => domain.codes)).length;
  await homePage.goto();
  await expect(page).toHaveTitle(/IM 错误码目录/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(homePage.intro).toContainText(` ${codeCount} 个错误码`);
  await expect(homePage.systemSection('野火IM')).toBeVisible();
  await expect(homePage.systemSection('腾讯云 IM')).toBeVisible();
  const group = systems.find((system) => system.id === 'tencent-im')!.domains.find((domain) => domain.id === 'group')!;
  await expect(homePage.domainTableRow('群组系统')).toContainText(String(group.codes.length));
  const general = systems.find((system) => system.id === 'wildfirechat')!.domains.find((domain) => domain.id === 'general')!;
  await expect(homePage.domainTableRow('通用状态码')).toContainText(String(general.codes.length));
  await homePage.domainTableRow('群组系统').getByRole('link').click();
  await expect(page).toHaveURL(/\/tencent-im\/group\/$/);
});

test('outside a system the sidebar lists every system as one link, and the categories', async ({ request, homePage }) => {
  const { systems } = (await (await request.get('catalog.json')).json()) as CatalogExport;
  await homePage.goto();
  for (const system of systems) await expect(homePage.sidebar.getByRole('link', { name: system.name, exact: true })).toBeVisible();
  await expect(homePage.sidebar.getByRole('link', { name: /^群组系统/ })).toHaveCount(0);
  await expect(homePage.sidebar.getByRole('link')).toHaveCount(systems.length + 1);
});

test("inside a system the sidebar shows that system's domains and every other system as one link", async ({ page, request, codePage }) => {
  const { systems } = (await (await request.get('catalog.json')).json()) as CatalogExport;
  const tencent = systems.find((system) => system.id === 'tencent-im')!;
  await codePage.goto('tencent-im', '10010');
  await expect(codePage.sidebar.getByRole('link', { name: /^群组系统/ })).toBeVisible();
  await expect(codePage.sidebar.getByRole('link', { name: /^通用状态码/ })).toHaveCount(0);
  // The other systems, this one's overview and domains, and the categories page; no code pages.
  await expect(codePage.sidebar.getByRole('link')).toHaveCount(systems.length - 1 + (1 + tencent.domains.length) + 1);
  await codePage.sidebar.getByRole('link', { name: '野火IM', exact: true }).click();
  await expect(page).toHaveURL(/\/wildfirechat\/$/);
  await expect(codePage.sidebar.getByRole('link', { name: /^通用状态码/ })).toBeVisible();
  await expect(codePage.sidebar.getByRole('link', { name: /^群组系统/ })).toHaveCount(0);
});
