import type { Locator, Page, Response } from '@playwright/test';
import { LookupBox } from './lookup-box.ts';
import { SitePage } from './site-page.ts';

export class HomePage extends SitePage {
  readonly intro: Locator;
  /** The large box that takes a whole paste. */
  readonly lookup: LookupBox;

  constructor(page: Page) {
    super(page);
    this.intro = page.locator('.home-intro');
    this.lookup = new LookupBox(page, 'hero');
  }

  goto(): Promise<Response | null> {
    return this.open('');
  }

  systemSection(name: string): Locator {
    return this.content.locator('h2', { hasText: name });
  }

  domainTableRow(domainName: string): Locator {
    return this.content.locator('.domain-table tr', { has: this.page.getByRole('link', { name: domainName, exact: true }) });
  }
}
