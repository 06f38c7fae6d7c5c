/**
 * `npm run bench:lookup-ui`: the held-out pastes (tests/fixtures/pastes/holdout.yaml, and own-words.yaml
 * when present) typed into the site as a reader would, in Chromium against the built site: the home
 * page's box (1280 px), the header box on a code page at a phone's width (390 px), and the search dialog
 * (1280 px: the lookup's 错误码匹配 cards, then Pagefind's results). Other held-out files of the same shape
 * may be named as arguments. Prints top-1 and top-3 per surface and file, the pages opened that were
 * wrong, and the misses. Figures only: always exits 0; never a test.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { runMain } from '../../src/node/run-command.ts';
import { getSiteConfig } from '../../src/site-config.ts';
import { findBrowser } from '../find-browser.ts';
import { withPreview } from './serve.ts';

type Pair = [system: string, code: string];

interface HeldOutCase {
  id: string;
  family: string;
  paste: string;
  expect: Pair[];
  /** holdout.yaml's message-only cases: the codes whose message matches the error text. */
  message?: Pair[];
}

/** What a surface showed for a paste: the page it opened, or its links in reading order. */
interface Answer {
  opened?: string;
  links: string[];
}

type Surface = 'home box' | 'header box (390 px)' | 'search dialog';

const FILES = [
  ...['holdout.yaml', 'own-words.yaml'].map((name) => new URL(`../../tests/fixtures/pastes/${name}`, import.meta.url)),
  ...process.argv.slice(2).map((path) => new URL(path, `file://${process.cwd()}/`)),
];
const PORT = 4398;
const SETTLE_MS = 5_000;

/** `/tencent-im/10010/` → `tencent-im:10010`; a range page `/tencent-im/120001-130000/` → its first code. */
function getPageKey(path: string, base: string): string | undefined {
  const match = /^([a-z0-9-]+)\/(-?\d+)(?:-\d+)?\/$/.exec(path.slice(base.length));
  return match ? `${match[1]}:${match[2]}` : undefined;
}

/** Waits until `read` returns the same non-empty answer twice in a row, or gives the last one. */
async function waitForStable(read: () => Promise<string[]>): Promise<string[]> {
  let previous: string[] = [];
  for (let waited = 0; waited < SETTLE_MS; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const current = await read();
    if (current.length > 0 && current.join(' ') === previous.join(' ')) return current;
    previous = current;
  }
  return previous;
}

const readLinks = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

const DIALOG_LINKS = '#starlight__search a.paste-hit, #starlight__search .pagefind-ui__result-title > a';

async function openDialog(page: Page): Promise<void> {
  await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached', timeout: 45_000 });
  if (!(await page.locator('dialog[open]').isVisible())) await page.getByRole('button', { name: '搜索错误码' }).click();
}

/** A lookup box: Enter, then whichever comes first: a page opens, the box answers, or full-text search opens. */
async function askBox(page: Page, start: string, variant: 'hero' | 'header', paste: string): Promise<Answer> {
  if (page.url() !== start) await page.goto(start);
  const box = page.locator(`.code-lookup--${variant}`);
  await box.locator('input, textarea').fill(paste);
  await box.locator('input, textarea').press('Enter');
  for (let waited = 0; waited < SETTLE_MS; waited += 50) {
    if (page.url() !== start) {
      await page.waitForLoadState('domcontentloaded');
      return { opened: new URL(page.url()).pathname, links: [] };
    }
    if (await box.locator('.code-lookup-result:not([hidden])').count())
      return { links: await readLinks(page, `.code-lookup--${variant} a.paste-hit`) };
    if (await page.locator('dialog[open]').count()) {
      const links = await waitForStable(() => readLinks(page, DIALOG_LINKS));
      await page.keyboard.press('Escape');
      return { links };
    }
    await page.waitForTimeout(50);
  }
  return { links: [] };
}

/** The search dialog: the paste typed into its field; a single clear code would open on Enter. */
async function askDialog(page: Page, paste: string): Promise<Answer> {
  await openDialog(page);
  await page.locator('#starlight__search .pagefind-ui__search-input').fill(paste);
  const links = await waitForStable(() => readLinks(page, DIALOG_LINKS));
  const opens = await page.locator('.dialog-lookup:not([hidden]) p', { hasText: '按 Enter 打开' }).count();
  return { opened: opens ? links[0] : undefined, links };
}

interface Score {
  cases: number;
  withAnswer: number;
  top1: number;
  top3: number;
  /** Pages opened (or, in the dialog, offered to Enter) that are not a right answer. */
  wrongOpened: number;
  misses: string[];
}

function score(results: { testCase: HeldOutCase; answer: Answer }[], base: string): Score {
  const tally: Score = { cases: 0, withAnswer: 0, top1: 0, top3: 0, wrongOpened: 0, misses: [] };
  for (const { testCase, answer } of results) {
    tally.cases++;
    const accepted = new Set(
      [...testCase.expect, ...(testCase.expect.length === 0 ? (testCase.message ?? []) : [])].map((pair) => pair.join(':')),
    );
    // A page Pagefind lists under a card of the same page (and its sections) counts once.
    const keys = [...new Set((answer.opened ? [answer.opened] : answer.links).map((path) => getPageKey(path, base) ?? path))];
    const opened = answer.opened ? getPageKey(answer.opened, base) : undefined;
    if (answer.opened && !accepted.has(opened ?? '')) {
      tally.wrongOpened++;
      tally.misses.push(`${testCase.id} ${JSON.stringify(testCase.paste.slice(0, 60))} opened ${answer.opened}`);
    }
    if (accepted.size === 0) continue;
    tally.withAnswer++;
    if (accepted.has(keys[0] ?? '')) tally.top1++;
    if (keys.slice(0, 3).some((key) => accepted.has(key))) tally.top3++;
    else tally.misses.push(`${testCase.id} ${JSON.stringify(testCase.paste.slice(0, 60))} → ${keys.slice(0, 3).join(' ') || 'nothing'}`);
  }
  return tally;
}

export async function main(): Promise<void> {
  const config = getSiteConfig(process.env);
  const executablePath = findBrowser(() => undefined);
  const files = await Promise.all(
    FILES.filter((file) => existsSync(file)).map(async (file) => ({
      name: file.pathname.split('/').at(-1)!,
      cases: (parse(await readFile(file, 'utf8')) as { cases: HeldOutCase[] }).cases,
    })),
  );
  const report = await withPreview({ port: PORT, base: config.base }, async (url) => {
    const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--no-first-run'] });
    try {
      const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const dialog = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await dialog.goto(url);
      const codePage = `${url}tencent-im/10010/`;
      const surfaces: Record<Surface, (paste: string) => Promise<Answer>> = {
        'home box': (paste) => askBox(desktop, url, 'hero', paste),
        'header box (390 px)': (paste) => askBox(phone, codePage, 'header', paste),
        'search dialog': (paste) => askDialog(dialog, paste),
      };
      const figures: Record<string, Record<string, Omit<Score, 'misses'> & { top1Rate: number; top3Rate: number }>> = {};
      const misses: Record<string, string[]> = {};
      for (const file of files) {
        for (const [surface, ask] of Object.entries(surfaces)) {
          const results = [];
          for (const testCase of file.cases) results.push({ testCase, answer: await ask(testCase.paste) });
          const { misses: missed, ...tally } = score(results, config.base);
          const rate = (count: number) => Number((count / Math.max(1, tally.withAnswer)).toFixed(3));
          (figures[file.name] ??= {})[surface] = { ...tally, top1Rate: rate(tally.top1), top3Rate: rate(tally.top3) };
          misses[`${file.name} · ${surface}`] = missed;
        }
      }
      return { figures, misses };
    } finally {
      await browser.close();
    }
  });
  console.log(JSON.stringify({ benchmark: 'lookup-ui', ...report }, null, 2));
}

if (import.meta.main) await runMain(main);
