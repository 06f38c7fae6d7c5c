import type { Catalog, CatalogSystem } from '../catalog/model.ts';
import { getCategory, getCitationLabel, getCitationUrl, getCodeTitle, getSource, getTextBy, type CodeEntry } from '../catalog/queries.ts';
import { ACTORS, RETRY_ADVICE, type CodeRange, type NewerStatement } from '../catalog/schema.ts';
import { getPageFile, makeUrl } from '../urls.ts';
import { escapeHtml, renderExternalLink, renderHeading, renderInternalLink, renderText } from './html.ts';
import { makePageFile, type GeneratedFile } from './page-file.ts';

/** A generic message ("内部错误，请重试") can be shared by hundreds of codes; the page lists the first few. */
const MAX_SAME_MESSAGE = 20;

export interface CodePageContext {
  base: string;
  catalog: Catalog;
  previous?: CodeEntry;
  next?: CodeEntry;
  /** Other codes whose message is exactly this one's. */
  sameMessage: readonly CodeEntry[];
  /** Codes of the same category in other systems, closest first. */
  similar: readonly CodeEntry[];
  /** The code's row in its domain's table. */
  rowUrl: string;
}

// Four short sections need no table of contents, so no Markdown headings either.
const heading = (text: string) => renderHeading(text, { inTableOfContents: false });

/**
 * 怎么办: the catalog's own judgement (category, retry, actor) and what to do, labelled as ours and
 * kept apart from the vendor's text. The three facts double as the search dialog's filters.
 */
export function renderGuidance(
  judgement: Pick<CodeRange, 'category' | 'retry' | 'actor' | 'advice' | 'doubt'> & { handling?: string; links?: CodeEntry['code']['links'] },
  context: { base: string; catalog: Catalog },
): string {
  const category = getCategory(context.catalog, judgement.category);
  const categoryUrl = makeUrl({ kind: 'category', category: category.id }, { base: context.base });
  return (
    `<section class="code-guidance not-content" aria-label="怎么办">` +
    `<h2 class="section-heading" data-pagefind-ignore>怎么办</h2>` +
    // Indexing the judgement would file every server-internal page under "错误"; its filters still apply.
    `<dl class="guidance-facts" data-pagefind-ignore>` +
    `<div><dt data-pagefind-ignore>类别</dt><dd data-pagefind-filter="类别">${renderInternalLink(categoryUrl, category.name)}</dd></div>` +
    `<div><dt data-pagefind-ignore>重试</dt><dd data-pagefind-filter="重试">${escapeHtml(RETRY_ADVICE[judgement.retry])}</dd></div>` +
    `<div><dt data-pagefind-ignore>处理方</dt><dd data-pagefind-filter="处理方">${escapeHtml(ACTORS[judgement.actor])}</dd></div>` +
    `</dl>` +
    (judgement.handling ? `<p class="text-by text-by-vendor" data-pagefind-ignore>官方处理建议</p><p class="code-handling">${renderText(judgement.handling, judgement.links)}</p>` : '') +
    (judgement.advice ? `<p class="text-by text-by-catalog" data-pagefind-ignore>本目录建议</p><p class="code-advice" data-pagefind-ignore>${escapeHtml(judgement.advice)}</p>` : '') +
    (judgement.doubt ? `<p class="code-doubt" data-pagefind-ignore>本目录对此判断有保留：${escapeHtml(judgement.doubt)}</p>` : '') +
    `<p class="judgement-note" data-pagefind-ignore>类别、重试与处理方是本目录的判断，不是厂商的说法；${renderInternalLink(categoryUrl, `看看「${category.name}」类的其他错误码`)}。</p>` +
    `</section>`
  );
}

/** Where a statement comes from, as a link a reader can open, with when it was read. */
export function renderCitation(system: CatalogSystem, sourceId: string, line?: number): string {
  const source = getSource(system, sourceId);
  const url = getCitationUrl(source, line);
  return `《${escapeHtml(source.title)}》${line === undefined ? '' : `第 ${line} 行`}：${renderExternalLink(url, url)}（${escapeHtml(source.read)}）`;
}

export function renderNewerStatements(system: CatalogSystem, newer: readonly NewerStatement[]): string[] {
  if (newer.length === 0) return [];
  return [
    heading('较新来源的说法'),
    `<ul class="newer-statements" data-pagefind-ignore>${newer
      .map((statement) => `<li><p>${escapeHtml(statement.says)}</p><p class="newer-source">本目录转述，出处：${renderCitation(system, statement.source, statement.line)}</p></li>`)
      .join('')}</ul>`,
    `<p class="newer-note" data-pagefind-ignore>上面的说明保留来源文档的原文；较新的来源说法不同时列在这里，请以你所用版本的文档为准。</p>`,
  ];
}

export function renderCodePage(entry: CodeEntry, context: CodePageContext): GeneratedFile {
  const { system, domain, code } = entry;
  const { base } = context;
  const codeUrl = (other: CodeEntry) => makeUrl({ kind: 'code', system: other.system.id, code: other.code.code }, { base });
  const pageLink = (other: CodeEntry | undefined) => other && { link: codeUrl(other), label: getCodeTitle(other.code) };
  const citationLabel = getCitationLabel(entry);
  const textBy = getTextBy(getSource(system, code.source));
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
  const replacement = code.replacement && system.domains.flatMap((other) => other.codes).find((other) => other.code === code.replacement);
  // Search indexes what identifies the code (number, constant, message, handling, notes); the page's
  // fixed words would otherwise match every query for "错误" or "来源" on every page.
  const body = [
    `<dl class="code-facts not-content">` +
      // The number outweighs numbers that merely occur in other pages' text ("最多 10 个").
      `<div><dt data-pagefind-ignore>错误码</dt><dd><code data-code data-pagefind-weight="10">${escapeHtml(code.code)}</code></dd></div>` +
      (code.name ? `<div><dt data-pagefind-ignore>常量名</dt><dd><code class="code-name">${escapeHtml(code.name)}</code></dd></div>` : '') +
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
    renderGuidance(code, context),
    heading(textBy === 'vendor' ? '官方说明' : '本目录说明'),
    // The message outweighs the same words in handling and notes, so a phrase finds the code that says it.
    `<p class="code-message" data-text-by="${textBy}" data-pagefind-weight="2">${renderText(code.message, code.links)}</p>`,
    ...(textBy === 'catalog' ? [`<p class="text-by-note" data-pagefind-ignore>这段说明是本目录根据下面的来源用自己的话写的，不是厂商原文。</p>`] : []),
    ...renderNewerStatements(system, code.newer ?? []),
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
    ...(context.similar.length > 0
      ? [
          heading('其他系统的同类错误码'),
          `<ul class="similar-codes" data-pagefind-ignore>${context.similar
            .map((other) => `<li>${renderInternalLink(codeUrl(other), getCitationLabel(other))}</li>`)
            .join('')}</ul>`,
        ]
      : []),
    heading('来源'),
    `<p class="code-source" data-pagefind-ignore>${escapeHtml(system.name)} ${textBy === 'vendor' ? '官方文档' : ''}${renderCitation(system, code.source, code.line)}</p>`,
  ];
  return makePageFile(getPageFile({ kind: 'code', system: system.id, code: code.code }), domain.file, frontmatter, body);
}
