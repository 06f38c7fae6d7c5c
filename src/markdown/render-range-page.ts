import { h } from 'hastscript';
import type { Catalog } from '../catalog/model.ts';
import { getRangeLabel, getSource, getTextBy, type RangeEntry } from '../catalog/queries.ts';
import { makeUrl } from '../urls.ts';
import { makeInternalLink, makeText } from './html-tree.ts';
import { makePlainSectionHeading } from './markdown-body.ts';
import { makePage, type GeneratedPage } from './page.ts';
import { makeFact, renderCitation, renderGuidance } from './code-blocks.ts';

/** The page of a reserved range: any number inside it is looked up to here. */
export function renderRangePage(entry: RangeEntry, context: { base: string; catalog: Catalog; rowUrl: string }): GeneratedPage {
  const { system, domain, range } = entry;
  const { base } = context;
  const label = getRangeLabel(range);
  const textBy = getTextBy(getSource(system, range.source));
  const description = `${system.name} 错误码区间 ${label}：${range.message}`;
  const systemLink = makeInternalLink(makeUrl({ kind: 'system', system: system.id }, { base }), system.name);
  return makePage(
    { kind: 'range', system: system.id, from: range.range[0], to: range.range[1] },
    domain.file,
    { title: `${label} ${range.message}`, description, tableOfContents: false },
    [
      h('dl', { className: ['code-facts', 'not-content'] }, [
        makeFact('错误码区间', h('code', { dataCode: true }, label)),
        makeFact('系统', systemLink, { filter: system.name }),
        makeFact('分类', makeInternalLink(context.rowUrl, domain.name), { filter: domain.name }),
      ]),
      h(
        'p',
        { className: ['range-note'], dataPagefindIgnore: true },
        makeText(
          `${system.name} 把 ${label} 之间的数字留作一类错误码，区间里的每个数字都在本页说明，` +
            `查询其中任一数字（例如 ${range.range[0]}）都会来到这里。`,
        ),
      ),
      renderGuidance(range, context),
      makePlainSectionHeading(textBy === 'vendor' ? '官方说明' : '本目录说明'),
      h('p', { className: ['code-message'], dataTextBy: textBy }, makeText(range.message)),
      makePlainSectionHeading('来源'),
      h('p', { className: ['code-source'], dataPagefindIgnore: true }, renderCitation(system, range.source, range.line)),
    ],
  );
}
