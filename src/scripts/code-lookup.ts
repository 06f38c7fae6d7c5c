/** The `<code-lookup>` box: exact code lookup from the catalog's own index, else full-text search. */
import type { CodeIndex } from '../generator/code-index.ts';
import { guessDomain, lookupCode, parseCodeQuery } from '../site/lookup.ts';

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

function make(tag: string, text?: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
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
        show(make('p', '无法加载错误码索引，请检查网络后重试。'));
        return;
      }
      const hits = lookupCode(index, code);
      if (hits.length === 1) {
        location.assign(hits[0]!.url);
        return;
      }
      const searchButton = make('button', `全文搜索“${query}”`, { type: 'button', class: 'code-lookup-search' });
      searchButton.addEventListener('click', () => {
        show();
        void openFullTextSearch(query);
      });
      if (hits.length > 1) {
        const list = make('ul');
        for (const hit of hits) {
          const item = make('li');
          item.append(make('a', `${hit.systemName} ${hit.code} ${hit.title}`, { href: hit.url }), `（${hit.domainName}）`);
          list.append(item);
        }
        show(make('p', `有 ${hits.length} 个系统使用错误码 ${code}：`), list);
        list.querySelector('a')?.focus();
        return;
      }
      const nodes: Node[] = [make('p', `目录中没有错误码 ${code}。`)];
      const guess = guessDomain(index, code);
      if (guess) {
        const hint = make('p', `按号段看，它可能属于 ${guess.systemName} 的 `);
        hint.append(make('a', guess.domainName, { href: guess.domainUrl }), '。');
        nodes.push(hint);
        if (guess.otherCodes) nodes.push(make('p', `该分类中未列出的错误码：${guess.otherCodes}`));
      }
      nodes.push(searchButton);
      show(...nodes);
    });
  }
}

customElements.define('code-lookup', CodeLookup);
