import type { Locator, Page, Response } from '@playwright/test';
import { SitePage } from './site-page.ts';

export class NotFoundPage extends SitePage {
  readonly detail: Locator;
  readonly searchButton: Locator;

  constructor(page: Page) {
    super(page);
    this.detail = page.locator('.not-found-detail');
    this.searchButton = page.getByRole('button', { name: '搜索错误码' });
  }

  /** `path` is one the site does not have, below the base: `tencent-im/10999/`. */
  goto(path: string): Promise<Response | null> {
    return this.open(path);
  }
}
