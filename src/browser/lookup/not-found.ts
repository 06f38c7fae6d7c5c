/** The 404 page's help for a missing code. */
import type { CodeIndex } from '../../exports/code-index.ts';
import { guessDomain } from '../../lookup/guess-domain.ts';
import { findSystem } from '../../lookup/index-entries.ts';
import { lookupCode } from '../../lookup/lookup-code.ts';
import { parseMissingPath } from '../../lookup/missing-path.ts';
import { makeHitList, makeMissingCode, makeParagraph, makeReportLink } from './lookup-results.ts';

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
  const elsewhere = hits.length > 1 ? hits : lookupCode(index, code);
  if (elsewhere.length > 0) detail.append(makeParagraph(`错误码 ${code} 在以下系统中：`), makeHitList(elsewhere));
  else {
    detail.append(...makeMissingCode(code, guessDomain(index, code, knownSystem ? systemId : undefined)));
    const reportUrl = container.dataset.reportUrl;
    const systemName = systemId === undefined ? undefined : findSystem(index, systemId)?.name;
    if (reportUrl) detail.append(makeReportLink(reportUrl, { code, systemName, page: location.href }));
  }
  detail.hidden = false;
}
