import type { Locator, Page } from '@playwright/test';

/** The "type a code" box: in the header of every page, and large on the home page. */
export class LookupBox {
  readonly root: Locator;
  readonly input: Locator;
  readonly result: Locator;
  /** The answer's cards, most likely first: code, system, meaning, the pasted words that matched. */
  readonly cards: Locator;

  constructor(page: Page, variant: 'header' | 'hero') {
    this.root = page.locator(`.code-lookup--${variant}`);
    // One line in the header; on the home page a textarea that takes a whole paste.
    this.input = this.root.getByRole(variant === 'header' ? 'searchbox' : 'textbox');
    this.result = this.root.locator('.code-lookup-result');
    this.cards = this.result.locator('a.paste-hit');
  }

  async lookUp(text: string) {
    await this.input.fill(text);
    await this.input.press('Enter');
  }
}
