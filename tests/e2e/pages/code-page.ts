import type { Locator, Page, Response } from '@playwright/test';
import { SitePage } from './site-page.ts';

export class CodePage extends SitePage {
  readonly facts: Locator;
  readonly message: Locator;
  readonly handling: Locator;
  readonly domainNotes: Locator;
  readonly sameMessage: Locator;
  readonly source: Locator;
  readonly previousLink: Locator;
  readonly nextLink: Locator;
  readonly copyLinkButton: Locator;
  readonly copyCitationButton: Locator;
  readonly copyStatus: Locator;
  /** 怎么办: the catalog's judgement and advice. */
  readonly guidance: Locator;
  readonly newerStatements: Locator;
  /** Links to codes of other systems naming the same shared problem. */
  readonly problemCodes: Locator;

  constructor(page: Page) {
    super(page);
    this.facts = page.locator('.code-facts');
    this.message = page.locator('.code-message');
    this.handling = page.locator('.code-handling');
    this.domainNotes = page.locator('.domain-notes li');
    this.sameMessage = page.locator('.same-message a');
    this.source = page.locator('.code-source');
    this.previousLink = page.locator('.catalog-pagination a[rel="prev"]');
    this.nextLink = page.locator('.catalog-pagination a[rel="next"]');
    this.copyLinkButton = page.getByRole('button', { name: '复制链接' });
    this.copyCitationButton = page.getByRole('button', { name: '复制为工单引用' });
    this.copyStatus = page.locator('.share-status');
    this.guidance = page.locator('.code-guidance');
    this.newerStatements = page.locator('.newer-statements li');
    this.problemCodes = page.locator('.problem-codes a');
  }

  /** `goto('tencent-im', '10010')`; with the number alone, its number-only URL, which leads to the page: `goto('10010')`. */
  goto(system: string, code: string): Promise<Response | null>;
  goto(code: string): Promise<Response | null>;
  goto(systemOrCode: string, code?: string): Promise<Response | null> {
    return this.open(code === undefined ? `${systemOrCode}/` : `${systemOrCode}/${code}/`);
  }

  readClipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** A fact of the 怎么办 block: 类别, 重试 or 处理方. */
  judgement(label: string): Locator {
    return this.guidance
      .locator('.guidance-facts > div')
      .filter({ has: this.page.locator('dt', { hasText: label }) })
      .locator('dd');
  }

  fact(label: string): Locator {
    return this.facts
      .locator('div')
      .filter({ has: this.page.locator('dt', { hasText: label }) })
      .locator('dd');
  }
}
