/** axe-core over every page type: no serious or critical violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const PAGES: Record<string, string[]> = {
  site: [
    '',
    'tencent-im/',
    'tencent-im/group/',
    'tencent-im/10010/',
    'wildfirechat/7/',
    'wildfirechat/-6/',
    'tencent-im/6016/',
    'tencent-im/10999/',
  ],
  'base-path': ['', 'tencent-im/90002/'],
  fixture: ['7/', 'alpha/9/'],
};

async function getSeriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('every page type passes axe without serious or critical violations', async ({ page, anyPage }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const path of PAGES[test.info().project.name]!) {
    await anyPage.goto(path);
    await page.waitForLoadState('networkidle');
    for (const theme of ['light', 'dark']) {
      await page.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), theme);
      problems.push(...(await getSeriousViolations(page)).map((violation) => `/${path} [${theme}] ${violation}`));
    }
  }
  expect(problems).toEqual([]);
});

test('the search dialog with results passes axe', async ({ page, homePage }) => {
  await homePage.goto();
  const results = await homePage.search('群组');
  await results.getResultUrls();
  expect(await getSeriousViolations(page)).toEqual([]);
});
