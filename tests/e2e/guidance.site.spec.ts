/** What to do: the catalog's judgement on every code page, category pages, filters and exports. */
import type { CatalogExport } from '../../src/exports/catalog-export.ts';
import type { CodeIndex } from '../../src/exports/code-index.ts';
import { expect, test } from './fixtures.ts';

test('a Tencent code page answers what kind of problem, whether to retry and who acts, labelled as ours', async ({ page, codePage }) => {
  await codePage.goto('tencent-im', '70001');
  await expect(codePage.judgement('类别')).toHaveText('认证与签名');
  await expect(codePage.judgement('重试')).toHaveText('修正后重试');
  await expect(codePage.judgement('处理方')).toHaveText('服务端开发');
  await expect(codePage.guidance.locator('.code-advice')).not.toBeEmpty();
  await expect(codePage.guidance).toContainText('本目录的判断');
  await expect(page.locator('h2', { hasText: '官方说明' })).toBeVisible();
  // The block comes before the vendor's text.
  const [guidanceTop, messageTop] = await Promise.all([codePage.guidance.boundingBox(), codePage.message.boundingBox()]);
  expect(guidanceTop!.y).toBeLessThan(messageTop!.y);
});

test("a WildfireChat code page keeps the vendor's handling in the block, and links codes of other systems", async ({ page, codePage }) => {
  await codePage.goto('wildfirechat', '6');
  await expect(codePage.judgement('类别')).toHaveText('认证与签名');
  await expect(codePage.guidance.locator('.code-handling')).toHaveText('使用了错误的token，检查token是否正确');
  await expect(codePage.problemCodes.first()).toBeVisible();
  for (const link of await codePage.problemCodes.all()) await expect(link).not.toContainText('野火IM');
  await codePage.judgement('类别').getByRole('link').click();
  await expect(page).toHaveURL(/\/categories\/auth\/$/);
});

test('a category page lists codes of both systems with retry and actor', async ({ page, anyPage }) => {
  await anyPage.goto('categories/auth/');
  const rows = page.locator('.category-table tbody tr');
  await expect(rows.filter({ hasText: '野火IM' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: '腾讯云 IM' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: '70001' })).toContainText('修正后重试');
  await anyPage.goto('categories/');
  await expect(page.getByRole('link', { name: '认证与签名' })).toBeVisible();
});

test('search results can be filtered by category, retry and actor', async ({ homePage }) => {
  // Waiting for Pagefind's filters can take more than the default minute on a loaded machine.
  test.slow();
  await homePage.goto();
  const results = await homePage.search('签名');
  await results.getResultUrls();
  for (const name of ['类别', '重试']) await results.getFilterGroup(name);
  await (await results.getFilterGroup('处理方')).click();
  await results.dialog
    .locator('.pagefind-ui__filter-panel')
    .getByLabel(/服务端开发/)
    .check();
  await expect.poll(async () => (await results.getResultUrls()).length).toBeGreaterThan(0);
});

test('the three fields are in catalog.json, codes.csv and the code index', async ({ request }) => {
  const catalog = (await (await request.get('catalog.json')).json()) as CatalogExport;
  const tencent = catalog.systems.find((system) => system.id === 'tencent-im');
  const code = tencent?.domains.flatMap((domain) => domain.codes).find((candidate) => candidate.code === '70001');
  expect(code?.judgement).toMatchObject({ category: 'auth', retry: 'after-fix', actor: 'server-dev' });
  const csv = await (await request.get('codes.csv')).text();
  expect(csv.split('\r\n')[0]).toBe(
    '\ufeffcode,name,system,domain,message,text_by,handling,category,retry,actor,advice,source_url,status,url,meaning,context,' +
      'retry_when,retry_wait,retry_initial_delay_seconds,retry_max_delay_seconds,retry_maybe_applied,user_message,causes,' +
      'vendor_handling,problem',
  );
  expect(csv).toMatch(/\n70001,,腾讯云 IM,[^\n]*,vendor,,auth,after-fix,server-dev,/);
  const index = (await (await request.get('code-index.json')).json()) as CodeIndex;
  const entry = index.entries.find((candidate) => candidate.system === 'tencent-im' && candidate.code === '70001');
  expect(entry).toMatchObject({ category: 'auth', retry: 'after-fix', actor: 'server-dev' });
});
