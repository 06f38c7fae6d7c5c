/**
 * The `<code-lookup>` box: a code, or a whole paste (log line, API response, exception), read by the
 * paste parser against the catalog's own index; text naming no code is matched against the catalog's
 * messages, and only then goes to full-text search. The number path never loads the search index.
 */
import type { CodeIndex } from '../../exports/code-index.ts';
import { lookUpPaste } from '../../lookup/look-up-paste.ts';
import type { PasteHit } from '../../lookup/paste-hits.ts';
import { makeElement } from '../dom.ts';
import { makeHitCards } from './hit-cards.ts';
import { loadIndex } from './load-index.ts';
import { makeMissingCode, makeParagraph, makeReportLink } from './lookup-results.ts';

/** Heads the cards when the paste names no code but its text matches catalog messages. */
const NO_CODE_BUT_MESSAGES = '没有找到错误码，按错误信息匹配到这些：';

/** Opens Starlight's search dialog with the query typed in, as if the reader had typed it there. */
async function openFullTextSearch(query: string): Promise<void> {
  document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')?.click();
  for (let attempt = 0; attempt < 100; attempt++) {
    const input = document.querySelector<HTMLInputElement>('#starlight__search .pagefind-ui__search-input');
    if (input) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.focus();
      return;
    }
    // Pagefind's UI loads when the browser is idle; wait for it.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

class CodeLookup extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    // The header's one-line input or the home page's textarea; both are read through `value`.
    const field = this.querySelector<HTMLInputElement>('input, textarea')!;
    const result = this.querySelector<HTMLElement>('.code-lookup-result')!;
    const indexUrl = this.dataset.indexUrl!;
    const reportUrl = this.dataset.reportUrl;
    const show = (...nodes: Node[]) => {
      result.replaceChildren(...nodes);
      result.hidden = nodes.length === 0;
    };
    const makeSearchButton = (query: string) => {
      const button = makeElement('button', { type: 'button', class: 'code-lookup-search' }, [`全文搜索“${query}”`]);
      button.addEventListener('click', () => {
        show();
        void openFullTextSearch(query);
      });
      return button;
    };
    const showCards = (paste: string, index: CodeIndex, heading: string, hits: readonly PasteHit[], ...after: Node[]) => {
      const cards = makeHitCards(paste, hits, index);
      show(makeParagraph(heading), cards, ...after);
      cards.querySelector('a')?.focus();
    };
    const makeReport = (code: string) => (reportUrl ? [makeReportLink(reportUrl, { code, page: location.href })] : []);
    field.addEventListener('focus', () => void loadIndex(indexUrl).catch(() => undefined), { once: true });
    field.addEventListener('input', () => show());
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') show();
      // A textarea takes a whole paste, but Enter still looks it up; Shift+Enter adds a line.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && field.tagName === 'TEXTAREA') {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    const lookUp = async (paste: string) => {
      if (paste.trim() === '') return;
      let index: CodeIndex;
      try {
        index = await loadIndex(indexUrl);
      } catch {
        show(makeParagraph('无法加载错误码索引，请检查网络后重试。'));
        return;
      }
      const outcome = lookUpPaste(paste, index);
      switch (outcome.kind) {
        case 'open':
          location.assign(outcome.hit.url);
          return;
        case 'codes':
          showCards(paste, index, `找到 ${outcome.hits.length} 个可能的错误码，最可能的在前：`, outcome.hits);
          return;
        case 'missing':
          show(...makeMissingCode(outcome.code, outcome.guess), ...makeReport(outcome.code), makeSearchButton(outcome.searchQuery));
          return;
        case 'messages':
          showCards(paste, index, NO_CODE_BUT_MESSAGES, outcome.hits, makeSearchButton(outcome.searchQuery));
          return;
        case 'search':
          show();
          await openFullTextSearch(outcome.searchQuery);
      }
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void lookUp(field.value);
    });
  }
}

customElements.define('code-lookup', CodeLookup);
