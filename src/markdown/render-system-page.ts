import type { CatalogSystem } from '../catalog/model.ts';
import { getPageFile, makeUrl } from '../urls.ts';
import { countCodes, getCodeRange } from '../catalog/queries.ts';
import { escapeHtml, renderExternalLink, renderHeading, renderInternalLink } from './html.ts';
import { makePageFile, type GeneratedFile } from './page-file.ts';

/** The table of a system's domains, shared by the system page and the home page. */
export function renderDomainTable(system: CatalogSystem, base: string): string {
  const rows = system.domains.map(
    (domain) =>
      `<tr><td>${renderInternalLink(makeUrl({ kind: 'domain', system: system.id, domain: domain.id }, { base }), domain.name)}</td>` +
      `<td>${escapeHtml(getCodeRange(domain))}</td><td>${domain.codes.length}</td></tr>`,
  );
  return (
    `<div class="table-scroll"><table class="domain-table"><thead><tr><th scope="col">分类</th><th scope="col">错误码范围</th><th scope="col">数量</th></tr></thead>` +
    `<tbody>\n${rows.join('\n')}\n</tbody></table></div>`
  );
}

export function renderSystemPage(system: CatalogSystem, options: { base: string }): GeneratedFile {
  const total = countCodes(system);
  const body = [
    `<p>${escapeHtml(system.name)}（${escapeHtml(system.nameEn)}）共收录 ${total} 个错误码，分为 ${system.domains.length} 个分类。</p>`,
    renderHeading('分类'),
    renderDomainTable(system, options.base),
    renderHeading('来源'),
    `<ul class="system-sources">${system.sources
      .map(
        (source) =>
          `<li>《${escapeHtml(source.title)}》：${renderExternalLink(source.url, source.url)}（${escapeHtml(source.read)}）` +
          `${source.file ? '。本站逐条收录了这份文档的全部错误码，页面上标为「官方说明」的文字是它的原文。' : '。本站据此补充了它列出的错误码，说明是本目录用自己的话写的。'}</li>`,
      )
      .join('')}</ul>`,
  ];
  return makePageFile(
    getPageFile({ kind: 'system', system: system.id }),
    system.file,
    { title: `${system.name} 错误码`, description: `${system.name}（${system.nameEn}）的全部 ${total} 个错误码，按分类列出。` },
    body,
  );
}
