import { makeUrl } from '../urls.ts';
import { getCitationLabel, getCodeTitle, type CodeEntry } from '../catalog/queries.ts';
import { escapeHtml, renderExternalLink, renderHeading, renderInternalLink, renderText } from './html.ts';
import { makePageFile, type GeneratedFile } from './page-file.ts';
import { getPageFile } from '../urls.ts';

/** A generic message ("内部错误，请重试") can be shared by hundreds of codes; the page lists the first few. */
const MAX_SAME_MESSAGE = 20;

export interface CodePageContext {
  base: string;
  previous?: CodeEntry;
  next?: CodeEntry;
  /** Other codes whose message is exactly this one's. */
  sameMessage: readonly CodeEntry[];
  /** The code's row in its domain's table. */
  rowUrl: string;
}

export function renderCodePage(entry: CodeEntry, context: CodePageContext): GeneratedFile {
  const { system, domain, code } = entry;
  const { base } = context;
  const codeUrl = (other: CodeEntry) => makeUrl({ kind: 'code', system: other.system.id, code: other.code.code }, { base });
  const pageLink = (other: CodeEntry | undefined) => other && { link: codeUrl(other), label: getCodeTitle(other.code) };
  const citationLabel = getCitationLabel(entry);
  const frontmatter = {
    title: getCodeTitle(code),
    description: code.message,
    // No `head` for the og:title with the system's name: Starlight's schema for it cost 0.6 ms per page
    // (6 s at 10,000 codes); src/site/route-middleware.ts sets it from the catalog instead.
    // Four short sections need no table of contents; leaving it out keeps every code page lighter.
    tableOfContents: false,
    prev: pageLink(context.previous) ?? false,
    next: pageLink(context.next) ?? false,
  };
  // Four short sections need no table of contents, so no Markdown headings either.
  const heading = (text: string) => renderHeading(text, { inTableOfContents: false });
  const replacement = code.replacement && domain.codes.find((other) => other.code === code.replacement);
  // Search indexes what identifies the code (number, names, message, handling, notes); the page's
  // fixed words would otherwise match every query for "错误" or "来源" on every page.
  const body = [
    `<dl class="code-facts not-content">` +
      `<div><dt data-pagefind-ignore>错误码</dt><dd><code data-code>${escapeHtml(code.code)}</code></dd></div>` +
      // The facts double as the search dialog's filters.
      `<div><dt data-pagefind-ignore>系统</dt><dd data-pagefind-filter="系统">${renderInternalLink(makeUrl({ kind: 'system', system: system.id }, { base }), system.name)}</dd></div>` +
      `<div><dt data-pagefind-ignore>分类</dt><dd data-pagefind-filter="分类">${renderInternalLink(context.rowUrl, domain.name)}</dd></div>` +
      `<div data-pagefind-ignore><dt>状态</dt><dd>${code.status === 'removed' ? '<strong>已停用</strong>' : '使用中'}</dd></div>` +
      `</dl>`,
    // Hidden until the script wires the buttons, so nothing dead shows without JavaScript.
    `<div class="share-buttons not-content" data-pagefind-ignore data-share-path="${escapeHtml(codeUrl(entry))}" data-share-label="${escapeHtml(citationLabel)}" hidden>` +
      `<button type="button" data-copy="link">复制链接</button>` +
      `<button type="button" data-copy="citation">复制为工单引用</button>` +
      `<span class="share-status" role="status" aria-live="polite"></span></div>`,
    ...(code.status === 'removed'
      ? [
          `<div class="code-removed" role="note"><p><strong>此错误码已停用。</strong>${escapeHtml(code.reason ?? '')}` +
            (code.replacement
              ? `替代错误码：${renderInternalLink(makeUrl({ kind: 'code', system: system.id, code: code.replacement }, { base }), replacement ? getCodeTitle(replacement) : code.replacement)}`
              : '') +
            `</p></div>`,
        ]
      : []),
    heading('错误信息'),
    `<p class="code-message">${renderText(code.message, code.links)}</p>`,
    ...(code.handling ? [heading('处理建议'), `<p class="code-handling">${renderText(code.handling, code.links)}</p>`] : []),
    ...(domain.notes.length > 0 ? [heading('分类说明'), `<ul class="domain-notes">${domain.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`] : []),
    ...(context.sameMessage.length > 0
      ? [
          heading('信息相同的错误码'),
          `<ul class="same-message" data-pagefind-ignore>${context.sameMessage
            .slice(0, MAX_SAME_MESSAGE)
            .map((other) => `<li>${renderInternalLink(codeUrl(other), other.code.code)}（${escapeHtml(other.system.name)} · ${escapeHtml(other.domain.name)}）</li>`)
            .join('')}</ul>`,
          ...(context.sameMessage.length > MAX_SAME_MESSAGE
            ? [`<p data-pagefind-ignore>另有 ${context.sameMessage.length - MAX_SAME_MESSAGE} 个错误码的信息与此相同。</p>`]
            : []),
        ]
      : []),
    heading('来源'),
    `<p class="code-source" data-pagefind-ignore>${escapeHtml(system.name)} 官方文档《${escapeHtml(system.source.title)}》：${renderExternalLink(system.source.url, system.source.url)}</p>`,
  ];
  return makePageFile(getPageFile({ kind: 'code', system: system.id, code: code.code }), domain.file, frontmatter, body);
}
