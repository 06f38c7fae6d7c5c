import type { Locator, Page, Response } from '@playwright/test';
import { LookupBox } from './lookup-box.ts';
import { OfflineControl } from './offline-control.ts';
import { SitePage } from './site-page.ts';

/** What the service worker answers, at the address asked for, for a page the browser has not kept while the site is unreachable. */
export class OfflinePage extends SitePage {
  /** The address asked for, as the page repeats it. */
  readonly address: Locator;
  readonly lookup: LookupBox;
  readonly control: OfflineControl;

  constructor(page: Page) {
    super(page);
    this.address = page.locator('.offline-page-address');
    this.lookup = new LookupBox(page, 'hero');
    this.control = new OfflineControl(page, 'inline');
  }

  /** `path` is a page of the site, below the base, that the browser has not kept. */
  goto(path: string): Promise<Response | null> {
    return this.open(path);
  }
}
