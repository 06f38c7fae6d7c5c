/** What the lookup box and the 404 page show about a code. */
import type { DomainGuess } from '../../lookup/guess-domain.ts';
import type { LookupHit } from '../../lookup/lookup-code.ts';
import { makeReportUrl, type ReportDetails } from '../../lookup/report-link.ts';
import { makeElement } from '../dom.ts';

export function makeParagraph(...parts: (string | Node)[]): HTMLParagraphElement {
  return makeElement('p', {}, parts);
}

/** The systems that have the code, each linked to its page. */
export function makeHitList(hits: readonly LookupHit[]): HTMLElement {
  return makeElement(
    'ul',
    {},
    hits.map((hit) => {
      const link = makeElement('a', { href: hit.url }, [`${hit.systemName} ${hit.code} ${hit.title}`]);
      return makeElement('li', {}, [link, `（${hit.domainName}）`]);
    }),
  );
}

/** "目录中没有错误码 N。", and the domain its digits point to with that domain's note for unlisted codes. */
export function makeMissingCode(code: string, guess: DomainGuess | undefined): HTMLElement[] {
  const nodes = [makeParagraph(makeElement('strong', {}, [`目录中没有错误码 ${code}。`]))];
  if (guess) {
    const domainLink = makeElement('a', { href: guess.domainUrl }, [guess.domainName]);
    nodes.push(makeParagraph(`按号段看，它可能属于 ${guess.systemName} 的 `, domainLink, '。'));
    if (guess.otherCodes) nodes.push(makeParagraph(`官方文档对该分类中未列出的错误码的说明：${guess.otherCodes}`));
  }
  return nodes;
}

/** "报告这个错误码", linked to the site's report form filled in for the reader. */
export function makeReportLink(reportUrl: string, details: ReportDetails): HTMLElement {
  return makeParagraph(
    makeElement('a', { href: makeReportUrl(reportUrl, details), class: 'report-code', rel: 'noopener' }, ['报告这个错误码']),
  );
}
