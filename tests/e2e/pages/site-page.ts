import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { LookupBox } from './lookup-box.ts';
import { OfflineControl } from './offline-control.ts';

/** What every page of the site has: a title, the header's lookup box and search, the sidebar, 离线使用. */
export class SitePage {
  readonly page: Page;
  readonly title: Locator;
  readonly sidebar: Locator;
  readonly content: Locator;
  readonly headerLookup: LookupBox;
  readonly offline: OfflineControl;

  constructor(page: Page) {
    this.page = page;
    this.title = page.locator('h1#_top');
    this.sidebar = page.locator('#starlight__sidebar');
    this.content = page.locator('.sl-markdown-content');
    this.headerLookup = new LookupBox(page, 'header');
    this.offline = new OfflineControl(page);
  }

  /** `path` is below the base, such as `tencent-im/10010/`: Playwright resolves it against the project's baseURL, base path included. */
  protected open(path: string): Promise<Response | null> {
    if (path.startsWith('/')) throw new Error(`${path}: a leading slash would leave the base path`);
    return this.page.goto(path);
  }

  async search(query: string) {
    const dialog = this.page.getByRole('dialog', { name: '搜索错误码' });
    // Starlight loads Pagefind's UI once the browser is idle, which a loaded test machine delays.
    await this.page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached', timeout: 45_000 });
    if (!(await dialog.isVisible())) await this.page.getByRole('button', { name: '搜索错误码' }).click();
    await dialog.getByPlaceholder('搜索错误码').fill(query);
    return new SearchResults(dialog);
  }
}

/** A page of any kind, by its path: for what every page has, and pages without an object of their own. */
export class AnyPage extends SitePage {
  goto(path: string): Promise<Response | null> {
    return this.open(path);
  }
}

export class SearchResults {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly results: Locator;
  /** 错误码匹配: the lookup's answer to the query, above Pagefind's results. */
  readonly lookupSection: Locator;
  readonly lookupCards: Locator;
  /** Pagefind's line above its results: how many it found, or 没有找到…. */
  readonly message: Locator;

  constructor(dialog: Locator) {
    this.dialog = dialog;
    this.input = dialog.getByPlaceholder('搜索错误码');
    this.results = dialog.locator('.pagefind-ui__result');
    this.lookupSection = dialog.getByRole('region', { name: '错误码匹配' });
    this.lookupCards = this.lookupSection.locator('a.paste-hit');
    this.message = dialog.locator('.pagefind-ui__message');
  }

  /** Every link of the dialog in the order a reader meets them: the lookup's cards, then Pagefind's results. */
  async getLinkUrls(): Promise<string[]> {
    return this.dialog
      .locator('a.paste-hit, .pagefind-ui__result-title > a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  }

  /**
   * A group of the filter panel, once Pagefind has rendered it: after the results, and every group only once all
   * filter chunks are in (src/browser/complete-search-filters.ts), which a loaded test machine can delay.
   */
  async getFilterGroup(name: string): Promise<Locator> {
    const group = this.dialog.locator('.pagefind-ui__filter-panel .pagefind-ui__filter-name', { hasText: name });
    await expect(group).toBeVisible({ timeout: 45_000 });
    return group;
  }

  /** The page links of the results, in ranked order, once Pagefind has stopped re-rendering them. */
  async getResultUrls(): Promise<string[]> {
    const read = () =>
      this.dialog
        .locator('.pagefind-ui__result-title > a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    let previous: string[] = [];
    await expect
      .poll(
        async () => {
          const current = await read();
          const stable = current.length > 0 && current.join(' ') === previous.join(' ');
          previous = current;
          return stable;
        },
        { intervals: [150, 250, 400], timeout: 20_000 },
      )
      .toBe(true);
    return previous;
  }
}
