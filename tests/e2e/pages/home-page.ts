import type { Locator, Page } from '@playwright/test';
import { SitePage } from './site-page.ts';

export class HomePage extends SitePage {
  readonly intro: Locator;

  constructor(page: Page) {
    super(page);
    this.intro = page.locator('.home-intro');
  }

  systemSection(name: string): Locator {
    return this.content.locator('h2', { hasText: name });
  }

  domainTableRow(domainName: string): Locator {
    return this.content.locator('.domain-table tr', { has: this.page.getByRole('link', { name: domainName, exact: true }) });
  }
}
