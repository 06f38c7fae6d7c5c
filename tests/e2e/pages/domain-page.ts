import type { Locator, Page, Response } from '@playwright/test';
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

  /** `goto('tencent-im', 'group')`; with a code, the address of its row: `/tencent-im/group/#10010`. */
  goto(system: string, domain: string, code?: string): Promise<Response | null> {
    return this.open(`${system}/${domain}/${code === undefined ? '' : `#${code}`}`);
  }

  row(code: string): Locator {
    return this.page.locator(`.code-table tr[id="${code}"]`);
  }
}
