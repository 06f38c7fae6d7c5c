import type { Catalog } from '../catalog/model.ts';
import { getRangeLabel, getSource, getTextBy, type RangeEntry } from '../catalog/queries.ts';
import { getPageFile, makeUrl } from '../urls.ts';
import { escapeHtml, renderHeading, renderInternalLink } from './html.ts';
import { makePageFile, type GeneratedFile } from './page-file.ts';
import { renderCitation, renderGuidance } from './render-code-page.ts';

/** The page of a reserved range: any number inside it is looked up to here. */
export function renderRangePage(entry: RangeEntry, context: { base: string; catalog: Catalog; rowUrl: string }): GeneratedFile {
  const { system, domain, range } = entry;
  const { base } = context;
  const label = getRangeLabel(range);
  const textBy = getTextBy(getSource(system, range.source));
  const heading = (text: string) => renderHeading(text, { inTableOfContents: false });
  return makePageFile(
    getPageFile({ kind: 'range', system: system.id, from: range.range[0], to: range.range[1] }),
    domain.file,
    { title: `${label} ${range.message}`, description: `${system.name} 错误码区间 ${label}：${range.message}`, tableOfContents: false },
    [
      `<dl class="code-facts not-content">` +
        `<div><dt data-pagefind-ignore>错误码区间</dt><dd><code data-code>${escapeHtml(label)}</code></dd></div>` +
        `<div><dt data-pagefind-ignore>系统</dt><dd data-pagefind-filter="系统">${renderInternalLink(makeUrl({ kind: 'system', system: system.id }, { base }), system.name)}</dd></div>` +
        `<div><dt data-pagefind-ignore>分类</dt><dd data-pagefind-filter="分类">${renderInternalLink(context.rowUrl, domain.name)}</dd></div>` +
        `</dl>`,
      `<p class="range-note" data-pagefind-ignore>${escapeHtml(system.name)} 把 ${escapeHtml(label)} 之间的数字留作一类错误码，区间里的每个数字都在本页说明，查询其中任一数字（例如 ${escapeHtml(range.range[0])}）都会来到这里。</p>`,
      renderGuidance(range, context),
      heading(textBy === 'vendor' ? '官方说明' : '本目录说明'),
      `<p class="code-message" data-text-by="${textBy}">${escapeHtml(range.message)}</p>`,
      heading('来源'),
      `<p class="code-source" data-pagefind-ignore>${renderCitation(system, range.source, range.line)}</p>`,
    ],
  );
}
