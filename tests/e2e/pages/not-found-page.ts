import type { Locator, Page } from '@playwright/test';
import { SitePage } from './site-page.ts';

export class NotFoundPage extends SitePage {
  readonly detail: Locator;
  readonly searchButton: Locator;

  constructor(page: Page) {
    super(page);
    this.detail = page.locator('.not-found-detail');
    this.searchButton = page.getByRole('button', { name: '搜索错误码' });
  }
}
