import type { CatalogDomain, CatalogSystem } from '../catalog/model.ts';
import { getRangeLabel } from '../catalog/queries.ts';
import type { Code } from '../catalog/schema.ts';
import { getPageFile, makeUrl } from '../urls.ts';
import type { DomainPart } from '../catalog/domain-parts.ts';
import { escapeHtml, renderExternalLink, renderHeading, renderInternalLink, renderText } from './html.ts';
import { makePageFile, type GeneratedFile } from './page-file.ts';

interface DomainPageOptions {
  base: string;
  /** Empty when one table holds the whole domain. */
  parts: readonly DomainPart[];
}

/** A table of codes, each row anchored by its code; shared by domain pages and their parts. */
function renderCodeTable(system: CatalogSystem, codes: readonly Code[], base: string): string {
  const hasHandling = codes.some((code) => code.handling);
  const rows = codes.map((code) => {
    const link = renderInternalLink(makeUrl({ kind: 'code', system: system.id, code: code.code }, { base }), code.code);
    const status = code.status === 'removed' ? ' <span class="code-status">已停用</span>' : '';
    return (
      `<tr id="${escapeHtml(code.code)}"><td>${link}${status}</td><td>${renderText(code.message, code.links)}</td>` +
      (hasHandling ? `<td>${code.handling ? renderText(code.handling, code.links) : ''}</td>` : '') +
      `</tr>`
    );
  });
  // The table repeats every code page's text; leaving it out of the index lets the code pages rank first.
  return (
    `<div class="table-scroll" data-pagefind-ignore><table class="code-table">` +
    `<thead><tr><th scope="col">错误码</th><th scope="col">错误信息</th>${hasHandling ? '<th scope="col">处理建议</th>' : ''}</tr></thead>` +
    `<tbody>\n${rows.join('\n')}\n</tbody></table></div>`
  );
}

function getPartLabel(part: DomainPart): string {
  return `${part.codes[0]!.code}–${part.codes.at(-1)!.code}`;
}

function renderSummary(system: CatalogSystem, domain: CatalogDomain, base: string): string {
  const sources = [...new Set([...domain.codes, ...domain.ranges].map((entry) => entry.source))].map((id) => system.sources.find((source) => source.id === id)!);
  const ranges = domain.ranges.length > 0 ? ` · ${domain.ranges.length} 个保留区间` : '';
  return `<p class="domain-summary">${renderInternalLink(makeUrl({ kind: 'system', system: system.id }, { base }), system.name)} · 共 ${domain.codes.length} 个错误码${ranges} · 来源：${sources.map((source) => renderExternalLink(source.url, `《${source.title}》`)).join('、')}</p>`;
}

/** The domain's reserved ranges, each row anchored by its label like a code's row. */
function renderRangeTable(system: CatalogSystem, domain: CatalogDomain, base: string): string[] {
  if (domain.ranges.length === 0) return [];
  const rows = domain.ranges.map((range) => {
    const label = getRangeLabel(range);
    const url = makeUrl({ kind: 'range', system: system.id, from: range.range[0], to: range.range[1] }, { base });
    return `<tr id="${escapeHtml(range.range.join('-'))}"><td>${renderInternalLink(url, label)}</td><td>${escapeHtml(range.message)}</td></tr>`;
  });
  return [
    renderHeading('保留区间'),
    `<div class="table-scroll" data-pagefind-ignore><table class="code-table"><thead><tr><th scope="col">区间</th><th scope="col">含义</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`,
  ];
}

export function renderDomainPage(system: CatalogSystem, domain: CatalogDomain, options: DomainPageOptions): GeneratedFile {
  const { base, parts } = options;
  const partUrl = (part: DomainPart) => makeUrl({ kind: 'domain-part', system: system.id, domain: domain.id, part: part.part }, { base });
  const listing =
    parts.length === 0
      ? [renderHeading('错误码列表'), renderCodeTable(system, domain.codes, base)]
      : [
          renderHeading('错误码列表'),
          `<p>本分类错误码较多，分为 ${parts.length} 部分列出：</p>`,
          `<ul class="domain-parts">${parts.map((part) => `<li>${renderInternalLink(partUrl(part), `第 ${part.part} 部分：${getPartLabel(part)}`)}（${part.codes.length} 个）</li>`).join('')}</ul>`,
          // Links made before the split point here with #code; a script forwards them to the part.
          `<div hidden data-code-parts="${escapeHtml(JSON.stringify(parts.map((part) => [part.codes[0]!.code, part.codes.at(-1)!.code, partUrl(part)])))}"></div>`,
        ];
  const body = [
    renderSummary(system, domain, base),
    ...(domain.notes.length > 0 ? [renderHeading('说明'), `<ul class="domain-notes">${domain.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`] : []),
    ...(domain.otherCodes ? [renderHeading('未列出的错误码'), `<p class="other-codes">本分类中未在下表列出的错误码：${escapeHtml(domain.otherCodes)}</p>`] : []),
    ...(domain.codes.length > 0 ? listing : []),
    ...renderRangeTable(system, domain, base),
  ];
  return makePageFile(
    getPageFile({ kind: 'domain', system: system.id, domain: domain.id }),
    domain.file,
    { title: domain.name, description: `${system.name} · ${domain.name}：${domain.codes.length} 个错误码及其含义。` },
    body,
  );
}

export function renderDomainPartPage(system: CatalogSystem, domain: CatalogDomain, part: DomainPart, options: DomainPageOptions): GeneratedFile {
  const { base, parts } = options;
  const neighbour = (other: DomainPart | undefined) =>
    other ? { link: makeUrl({ kind: 'domain-part', system: system.id, domain: domain.id, part: other.part }, { base }), label: `第 ${other.part} 部分：${getPartLabel(other)}` } : false;
  return makePageFile(
    getPageFile({ kind: 'domain-part', system: system.id, domain: domain.id, part: part.part }),
    domain.file,
    {
      title: `${domain.name}（第 ${part.part} 部分）`,
      description: `${system.name} · ${domain.name}：错误码 ${getPartLabel(part)}。`,
      prev: neighbour(parts[part.part - 2]),
      next: neighbour(parts[part.part]),
    },
    [
      `<p class="domain-summary">${renderInternalLink(makeUrl({ kind: 'domain', system: system.id, domain: domain.id }, { base }), domain.name)} · 第 ${part.part} / ${parts.length} 部分 · 错误码 ${escapeHtml(getPartLabel(part))}</p>`,
      renderCodeTable(system, part.codes, base),
    ],
  );
}
