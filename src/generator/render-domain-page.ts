import type { CatalogDomain, CatalogSystem } from '../catalog/build-catalog.ts';
import { getPageFile, makeUrl } from '../urls.ts';
import { escapeHtml, renderExternalLink, renderHeading, renderInternalLink, renderText } from './html.ts';
import { makePageFile, type GeneratedFile } from './page-file.ts';

export function renderDomainPage(system: CatalogSystem, domain: CatalogDomain, options: { base: string }): GeneratedFile {
  const { base } = options;
  const hasHandling = domain.codes.some((code) => code.handling);
  const rows = domain.codes.map((code) => {
    const link = renderInternalLink(makeUrl({ kind: 'code', system: system.id, code: code.code }, { base }), code.code);
    const status = code.status === 'removed' ? ' <span class="code-status">已停用</span>' : '';
    return (
      `<tr id="${escapeHtml(code.code)}"><td>${link}${status}</td><td>${renderText(code.message, code.links)}</td>` +
      (hasHandling ? `<td>${code.handling ? renderText(code.handling, code.links) : ''}</td>` : '') +
      `</tr>`
    );
  });
  const body = [
    `<p class="domain-summary">${renderInternalLink(makeUrl({ kind: 'system', system: system.id }, { base }), system.name)} · 共 ${domain.codes.length} 个错误码 · 来源：${renderExternalLink(system.source.url, `《${system.source.title}》`)}</p>`,
    ...(domain.notes.length > 0 ? [renderHeading('说明'), `<ul class="domain-notes">${domain.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`] : []),
    ...(domain.otherCodes ? [renderHeading('未列出的错误码'), `<p class="other-codes">本分类中未在下表列出的错误码：${escapeHtml(domain.otherCodes)}</p>`] : []),
    renderHeading('错误码列表'),
    // The table repeats every code page's text; leaving it out of the index lets the code pages rank first.
    `<div class="table-scroll" data-pagefind-ignore><table class="code-table">` +
      `<thead><tr><th scope="col">错误码</th><th scope="col">错误信息</th>${hasHandling ? '<th scope="col">处理建议</th>' : ''}</tr></thead>` +
      `<tbody>\n${rows.join('\n')}\n</tbody></table></div>`,
  ];
  return makePageFile(
    getPageFile({ kind: 'domain', system: system.id, domain: domain.id }),
    domain.file,
    { title: domain.name, description: `${system.name} · ${domain.name}：${domain.codes.length} 个错误码及其含义。` },
    body,
  );
}
