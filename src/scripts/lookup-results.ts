/**
 * What the lookup box and the 404 page show about a code, built from DOM text nodes only, so nothing
 * typed or in the URL becomes markup.
 */
import type { DomainGuess } from '../lookup/guess-domain.ts';
import type { LookupHit } from '../lookup/lookup-code.ts';

export function makeElement(tag: string, text?: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

export function makeParagraph(...parts: (string | Node)[]): HTMLElement {
  const node = makeElement('p');
  node.append(...parts);
  return node;
}

/** The systems that have the code, each linked to its page. */
export function makeHitList(hits: readonly LookupHit[]): HTMLElement {
  const list = makeElement('ul');
  for (const hit of hits) {
    const item = makeElement('li');
    item.append(makeElement('a', `${hit.systemName} ${hit.code} ${hit.title}`, { href: hit.url }), `（${hit.domainName}）`);
    list.append(item);
  }
  return list;
}

/** "目录中没有错误码 N。", and the domain its digits point to with that domain's note for unlisted codes. */
export function makeMissingCode(code: string, guess: DomainGuess | undefined): HTMLElement[] {
  const nodes = [makeParagraph(makeElement('strong', `目录中没有错误码 ${code}。`))];
  if (guess) {
    nodes.push(
      makeParagraph(`按号段看，它可能属于 ${guess.systemName} 的 `, makeElement('a', guess.domainName, { href: guess.domainUrl }), '。'),
    );
    if (guess.otherCodes) nodes.push(makeParagraph(`官方文档对该分类中未列出的错误码的说明：${guess.otherCodes}`));
  }
  return nodes;
}
