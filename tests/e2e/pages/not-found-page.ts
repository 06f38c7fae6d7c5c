import type { Locator, Page, Response } from '@playwright/test';
import { LookupBox } from './lookup-box.ts';
import { SitePage } from './site-page.ts';

/** What the site's 404 page itself shows, read from the address: Starlight's header is on every page and left to SitePage. */
export class NotFoundPage extends SitePage {
  /** 本站没有这个地址, pointing to the lookup box below and, by a link, to the home page. */
  readonly message: Locator;
  readonly homeLink: Locator;
  /** About the code in the address: missing, the domain its digits point to, the systems that do have it. */
  readonly detail: Locator;
  readonly reportLink: Locator;
  /** The box that takes whatever the reader was looking for, as on the home page. */
  readonly lookup: LookupBox;

  constructor(page: Page) {
    super(page);
    this.message = page.locator('.not-found-message');
    this.homeLink = this.message.getByRole('link', { name: '首页' });
    this.detail = page.locator('.not-found-detail');
    this.reportLink = this.detail.getByRole('link', { name: '报告这个错误码' });
    this.lookup = new LookupBox(page, 'hero');
  }

  /** `path` is one the site does not have, below the base: `tencent-im/10999/`. */
  goto(path: string): Promise<Response | null> {
    return this.open(path);
  }
}
