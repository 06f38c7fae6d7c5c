import type { Locator, Page } from '@playwright/test';
import { SitePage } from './site-page.ts';

export class DomainPage extends SitePage {
  readonly notes: Locator;
  readonly otherCodes: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    super(page);
    this.notes = page.locator('.domain-notes li');
    this.otherCodes = page.locator('.other-codes');
    this.rows = page.locator('.code-table tbody tr');
  }

  row(code: string): Locator {
    return this.page.locator(`.code-table tr[id="${code}"]`);
  }
}
