/** A fixture catalog with hostile text, a number two systems share and a retired code. */
import type { CatalogExport } from '../../src/exports/catalog-export.ts';
import { toCsvCell } from '../../src/exports/csv-export.ts';
import { loadFixtureCatalog } from '../helpers/fixtures.ts';
import { expect, test } from './fixtures.ts';

const catalog = await loadFixtureCatalog('site');
const alpha = catalog.systems.find((system) => system.id === 'alpha')!;
const group = alpha.domains[0]!;
const [seven, eight, nine] = group.codes;
const range = group.ranges[0]!;
const notFound = catalog.categories.find((category) => category.id === 'not-found')!;
const SITE_TITLE = 'IM 错误码目录';

/**
 * Every kind of page, with its <title> where it holds catalog text. The fixture's text carries payloads
 * that would close the <title> or an attribute, run a script (setting window.__pwned), add an element
 * (<x-pwned>, which the site never uses) or open a comment, wherever it lands: <head> or body.
 */
const PAGES: { kind: string; path: string; title?: string; ogTitle?: string }[] = [
  { kind: 'home', path: '' },
  { kind: 'system', path: 'alpha/', title: `${alpha.name} 错误码` },
  { kind: 'domain', path: 'alpha/group/', title: group.name },
  { kind: 'code', path: 'alpha/7/', title: `7 "'</title><x-pwned>`, ogTitle: `${alpha.name} 7："'</title><x-pwned>` },
  { kind: 'code with advice', path: 'alpha/8/' },
  { kind: 'retired code', path: 'alpha/9/' },
  { kind: 'code of another system', path: 'beta/7/' },
  { kind: 'range', path: 'alpha/100-199/', title: `100–199 ${range.message}` },
  { kind: 'category', path: 'categories/not-found/', title: `${notFound.name}类错误码` },
  { kind: 'categories', path: 'categories/' },
  { kind: 'differences', path: 'differences/' },
  { kind: 'number-only, two systems', path: '7/' },
  { kind: '404 of a number the catalog lacks', path: 'alpha/555/' },
  { kind: '404', path: 'no/such/page/' },
];

/** What the payloads would leave behind had any become markup, read in the page itself. */
function getInjected() {
  const comments: string[] = [];
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) comments.push(walker.currentNode.textContent ?? '');
  const isScript = (script: HTMLScriptElement) => script.type === '' || script.type === 'module' || script.type.includes('javascript');
  return {
    pwned: (window as { __pwned?: unknown }).__pwned ?? null,
    elements: document.querySelectorAll('x-pwned, img[src="x"], a[href^="javascript:"]').length,
    scripts: [...document.scripts].filter((script) => isScript(script) && script.text.includes('__pwned')).length,
    comments: comments
      .filter((comment) => comment.includes('pwned') || comment.includes('</title>'))
      .map((comment) => comment.slice(0, 80)),
    titles: document.querySelectorAll('title').length,
  };
}

for (const { kind, path, title, ogTitle = title } of PAGES) {
  test(`catalog text never becomes markup on the ${kind} page, in <head> or body`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(path);
    await page.waitForLoadState('load');
    expect(await page.evaluate(getInjected)).toEqual({ pwned: null, elements: 0, scripts: 0, comments: [], titles: 1 });
    if (title !== undefined) {
      await expect(page).toHaveTitle(`${title} | ${SITE_TITLE}`);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', ogTitle!);
    }
    expect(dialogs).toBe(0);
  });
}

test('the number-only redirect page keeps catalog text as text', async ({ page }) => {
  // Without its instant redirect, so that the redirect page itself is what the test reads.
  await page.route('**/8/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
  });
  await page.goto('8/');
  await page.waitForLoadState('load');
  expect(await page.evaluate(getInjected)).toEqual({ pwned: null, elements: 0, scripts: 0, comments: [], titles: 1 });
  await expect(page).toHaveTitle(`${alpha.name} 8：--- title`);
});

test('catalog text shows literally on the code page, its head included', async ({ page, codePage }) => {
  await codePage.goto('alpha', '7');
  await expect(codePage.message).toHaveText(seven!.message);
  await expect(codePage.handling).toHaveText(seven!.handling!);
  await expect(codePage.domainNotes).toHaveText(group.notes);
  await expect(codePage.fact('分类')).toHaveText(group.name);
  await expect(codePage.newerStatements).toContainText([seven!.newer![0]!.says]);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /^"'<\/title><x-pwned>，<script>/);
  await codePage.goto('alpha', '8');
  await expect(codePage.title).toHaveText('8 --- title');
  await expect(codePage.message).toHaveText('--- title: 覆盖 ---');
  await expect(codePage.message.getByRole('link', { name: '覆盖' })).toHaveAttribute('href', 'https://example.com/docs?q=<x>&r="y"');
  await expect(codePage.guidance).toContainText(eight!.advice!);
});

test('a number two systems use lists both instead of guessing', async ({ page, anyPage }) => {
  await anyPage.goto('7/');
  const candidates = page.locator('.number-candidates li');
  await expect(candidates).toHaveCount(2);
  await expect(candidates.nth(0)).toContainText(`${alpha.name} 7`);
  await expect(candidates.nth(1)).toContainText('乙 IM 7');
  await candidates.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(/\/beta\/7\/$/);
});

test('a retired code keeps its page, says so and links its replacement', async ({ page, codePage }) => {
  await codePage.goto('alpha', '9');
  await expect(page.locator('.code-removed')).toContainText(`此错误码已停用。${nine!.reason!}`);
  await page.locator('.code-removed').getByRole('link').click();
  await expect(page).toHaveURL(/\/alpha\/8\/$/);
});

test('exports and search results keep hostile text as text', async ({ page, request, homePage }) => {
  const catalogResponse = await request.get('catalog.json');
  expect(catalogResponse.headers()['content-type']).toContain('application/json');
  const exported = (await catalogResponse.json()) as CatalogExport;
  expect(exported.systems[0]?.domains[0]?.codes[0]?.message).toBe(seven!.message);
  const csv = await (await request.get('codes.csv')).text();
  expect(csv).toContain(`7,,${[alpha.name, group.name, seven!.message].map(toCsvCell).join(',')},vendor,`);

  await homePage.goto();
  const results = await homePage.search('脚本');
  await expect(results.results.first()).toContainText('脚本');
  await expect(results.dialog.locator('.pagefind-ui__results').locator('img, script, x-pwned')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('search filters show catalog names as text', async ({ homePage }) => {
  // Pagefind's default UI (@pagefind/default-ui 1.5, svelte/filters.svelte) writes filter values with
  // {@html}: pages hand them over with full-width angle brackets (makeFact in src/markdown/render-code-page.ts).
  await homePage.goto();
  const results = await homePage.search('脚本');
  await results.getFilterGroup('系统');
  const panel = results.dialog.locator('.pagefind-ui__filter-panel');
  await expect(panel.locator('img, script, x-pwned, b, i')).toHaveCount(0);
  await expect(panel).toContainText('甲＜b＞IM＜/b＞');
});
