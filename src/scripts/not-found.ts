/** The 404 page's help: built with DOM text nodes only, so nothing in the URL becomes markup. */
import type { CodeIndex } from '../generator/code-index.ts';
import { guessDomain, lookupCode, parseMissingPath } from '../site/lookup.ts';

function element(tag: string, text?: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function paragraph(...parts: (string | Node)[]): HTMLElement {
  const node = element('p');
  node.append(...parts);
  return node;
}

export async function showMissingCode(container: HTMLElement): Promise<void> {
  const { systemId, code } = parseMissingPath(location.pathname, container.dataset.base!);
  if (!code) return;
  const index = (await (await fetch(container.dataset.indexUrl!)).json()) as CodeIndex;
  const knownSystem = systemId === undefined || index.systems.some((system) => system.id === systemId);
  const hits = lookupCode(index, code, knownSystem ? systemId : undefined);
  if (hits.length === 1) {
    // The code exists; only the address was spelled differently (case, leading zeros, no slash).
    location.replace(hits[0]!.url);
    return;
  }
  const detail = container.querySelector<HTMLElement>('.not-found-detail')!;
  const elsewhere = lookupCode(index, code);
  if (hits.length > 1 || elsewhere.length > 0) {
    detail.append(paragraph(`错误码 ${code} 在以下系统中：`));
    const list = element('ul');
    for (const hit of hits.length > 1 ? hits : elsewhere) {
      const item = element('li');
      item.append(element('a', `${hit.systemName} ${hit.code} ${hit.title}`, { href: hit.url }), `（${hit.domainName}）`);
      list.append(item);
    }
    detail.append(list);
  } else {
    detail.append(paragraph(element('strong', `目录中没有错误码 ${code}。`)));
    const guess = guessDomain(index, code, knownSystem ? systemId : undefined);
    if (guess) {
      detail.append(paragraph(`按号段看，它可能属于 ${guess.systemName} 的 `, element('a', guess.domainName, { href: guess.domainUrl }), '。'));
      if (guess.otherCodes) detail.append(paragraph(`官方文档对该分类中未列出的错误码的说明：${guess.otherCodes}`));
    }
  }
  detail.hidden = false;
}
