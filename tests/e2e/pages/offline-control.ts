import type { Locator, Page } from '@playwright/test';

/** The "离线使用" control: the header's button and the dialog it opens (or the panel inline on the offline page). */
export class OfflineControl {
  readonly page: Page;
  readonly headerButton: Locator;
  readonly panel: Locator;
  readonly summary: Locator;
  readonly live: Locator;
  readonly progress: Locator;
  readonly counts: Locator;
  readonly downloadButton: Locator;
  readonly resumeButton: Locator;
  readonly cancelButton: Locator;
  readonly removeButton: Locator;

  constructor(page: Page, where: 'dialog' | 'inline' = 'dialog') {
    this.page = page;
    this.headerButton = page.locator('header').getByRole('button', { name: '离线使用' });
    this.panel = where === 'dialog' ? page.getByRole('dialog', { name: '离线使用' }) : page.locator('.offline-panel--inline');
    this.summary = this.panel.locator('.offline-panel-summary');
    this.live = this.panel.getByRole('status');
    this.progress = this.panel.getByRole('progressbar', { name: '下载进度' });
    this.counts = this.panel.locator('.offline-panel-counts');
    this.downloadButton = this.panel.getByRole('button', { name: '下载全部页面' });
    this.resumeButton = this.panel.getByRole('button', { name: '继续下载' });
    this.cancelButton = this.panel.getByRole('button', { name: '取消' });
    this.removeButton = this.panel.getByRole('button', { name: '删除离线副本' });
  }

  async open(): Promise<void> {
    await this.headerButton.click();
    await this.panel.waitFor();
  }

  /** A fact of the panel, e.g. `本机目录版本` or `占用空间`. */
  fact(term: string): Locator {
    return this.panel
      .locator('.offline-panel-facts div')
      .filter({ has: this.page.locator('dt', { hasText: term }) })
      .locator('dd');
  }
}
