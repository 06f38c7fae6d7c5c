/** The `<code-lookup>` box: exact code lookup from the catalog's own index, else full-text search. */
import type { CodeIndex } from '../exports/code-index.ts';
import { guessDomain, lookupCode, parseCodeQuery } from '../site/lookup.ts';
import { makeElement, makeHitList, makeMissingCode, makeParagraph } from './lookup-results.ts';

let indexLoading: Promise<CodeIndex> | undefined;

function loadIndex(url: string): Promise<CodeIndex> {
  indexLoading ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return response.json() as Promise<CodeIndex>;
  });
  indexLoading.catch(() => (indexLoading = undefined));
  return indexLoading;
}

/** Opens Starlight's search dialog with the query typed in, as if the reader had typed it there. */
export async function openFullTextSearch(query: string): Promise<void> {
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
    const input = this.querySelector('input')!;
    const result = this.querySelector<HTMLElement>('.code-lookup-result')!;
    const indexUrl = this.dataset.indexUrl!;
    const show = (...nodes: Node[]) => {
      result.replaceChildren(...nodes);
      result.hidden = nodes.length === 0;
    };
    input.addEventListener('focus', () => void loadIndex(indexUrl).catch(() => undefined), { once: true });
    input.addEventListener('input', () => show());
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') show();
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const query = input.value.trim();
      if (query === '') return;
      const code = parseCodeQuery(query);
      if (code === undefined) {
        show();
        await openFullTextSearch(query);
        return;
      }
      let index: CodeIndex;
      try {
        index = await loadIndex(indexUrl);
      } catch {
        show(makeParagraph('无法加载错误码索引，请检查网络后重试。'));
        return;
      }
      const hits = lookupCode(index, code);
      if (hits.length === 1) {
        location.assign(hits[0]!.url);
        return;
      }
      if (hits.length > 1) {
        const list = makeHitList(hits);
        show(makeParagraph(`有 ${hits.length} 个系统使用错误码 ${code}：`), list);
        list.querySelector('a')?.focus();
        return;
      }
      const searchButton = makeElement('button', `全文搜索“${query}”`, { type: 'button', class: 'code-lookup-search' });
      searchButton.addEventListener('click', () => {
        show();
        void openFullTextSearch(query);
      });
      show(...makeMissingCode(code, guessDomain(index, code)), searchButton);
    });
  }
}

customElements.define('code-lookup', CodeLookup);
