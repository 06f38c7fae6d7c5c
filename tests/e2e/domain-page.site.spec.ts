import type { CatalogExport } from '../../src/exports/catalog-export.ts';
import { expect, test } from './fixtures.ts';

test('WildfireChat: the domain page shows its remarks, then every code with message and handling', async ({
  page,
  request,
  domainPage,
}) => {
  const { systems } = (await (await request.get('catalog.json')).json()) as CatalogExport;
  const general = systems.find((system) => system.id === 'wildfirechat')!.domains.find((domain) => domain.id === 'general')!;
  await domainPage.goto('wildfirechat', 'general');
  await expect(domainPage.title).toHaveText('通用状态码');
  await expect(domainPage.notes).toContainText([
    '上述这些errorcode既有与客户端交互的，也有server api交互的。',
    'server api签名错误会返回http code 401. 其它的都返回http code 200.',
    /限频是针对用户级别的/,
  ]);
  await expect(domainPage.rows).toHaveCount(general.codes.length);
  await expect(domainPage.row('250')).toContainText('调用次数超频');
  await expect(domainPage.row('250')).toContainText('1000次/秒');
  await domainPage.row('7').getByRole('link', { name: '7', exact: true }).click();
  await expect(page).toHaveURL(/\/wildfirechat\/7\/$/);
});

test('Tencent Cloud IM: the account domain keeps its note for unlisted codes', async ({ domainPage }) => {
  const unlistedNote = '内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604';
  await domainPage.goto('tencent-im', 'account');
  await expect(domainPage.title).toHaveText('帐号系统');
  await expect(domainPage.otherCodes).toContainText(unlistedNote);
  await expect(domainPage.rows).toHaveCount(69);
});

test('a row anchor lands on the code and highlights it', async ({ domainPage }) => {
  await domainPage.goto('tencent-im', 'group', '10010');
  const row = domainPage.row('10010');
  await expect(row).toBeInViewport();
  const background = await row
    .locator('td')
    .first()
    .evaluate((cell) => getComputedStyle(cell).backgroundColor);
  const other = await domainPage
    .row('10004')
    .locator('td')
    .first()
    .evaluate((cell) => getComputedStyle(cell).backgroundColor);
  expect(background).not.toBe(other);
});
