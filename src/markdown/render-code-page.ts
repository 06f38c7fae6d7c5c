import type { Element, ElementContent } from 'hast';
import { h, type Child } from 'hastscript';
import type { Catalog, CatalogSystem } from '../catalog/model.ts';
import { getCategory, getCitationLabel, getCitationUrl, getCodeTitle, getSource, getTextBy, type CodeEntry } from '../catalog/queries.ts';
import { ACTORS, RETRY_ADVICE, type CodeRange, type NewerStatement } from '../catalog/schema.ts';
import { makeUrl } from '../urls.ts';
import { flattenLineBreaks, makeInternalLink, makeLinkedText, makeText, makeUrlLink } from './html-tree.ts';
import { makePlainSectionHeading, type PageBlock } from './markdown-body.ts';
import { makePage, type GeneratedPage } from './page.ts';

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

/**
 * A filter value Pagefind's filter panel can show: the panel writes values as HTML ({@html} in
 * @pagefind/default-ui), and Pagefind decodes character references in what it indexes, so escaping cannot
 * survive (`&amp;lt;` ends up as `<`); `&`, `<` and `>` become their full-width forms instead, which read the
 * same and are never markup.
 */
function makeFilterLabel(text: string): string {
  return text.replaceAll('&', '＆').replaceAll('<', '＜').replaceAll('>', '＞');
}

/**
 * A fact of a description list: its term stays out of the search index; `filter` makes its value a search filter
 * of the same name, read from an attribute (`[data-filter]`) so that the label can differ from the shown text.
 */
export function makeFact(term: string, value: Child, options: { filter?: string } = {}): Element {
  const filter =
    options.filter === undefined ? {} : { dataPagefindFilter: `${term}[data-filter]`, dataFilter: makeFilterLabel(options.filter) };
  return h('div', [h('dt', { dataPagefindIgnore: true }, term), h('dd', filter, value)]);
}

/**
 * 怎么办: the catalog's own judgement (category, retry, actor) and what to do, labelled as ours and
 * kept apart from the vendor's text. The three facts double as the search dialog's filters.
 */
export function renderGuidance(
  judgement: Pick<CodeRange, 'category' | 'retry' | 'actor' | 'advice' | 'doubt'> & {
    handling?: string;
    links?: CodeEntry['code']['links'];
  },
  context: { base: string; catalog: Catalog },
): Element {
  const category = getCategory(context.catalog, judgement.category);
  const categoryUrl = makeUrl({ kind: 'category', category: category.id }, { base: context.base });
  return h('section', { className: ['code-guidance', 'not-content'], ariaLabel: '怎么办' }, [
    makePlainSectionHeading('怎么办'),
    // Indexing the judgement would file every server-internal page under "错误"; its filters still apply.
    h('dl', { className: ['guidance-facts'], dataPagefindIgnore: true }, [
      makeFact('类别', makeInternalLink(categoryUrl, category.name), { filter: category.name }),
      makeFact('重试', RETRY_ADVICE[judgement.retry], { filter: RETRY_ADVICE[judgement.retry] }),
      makeFact('处理方', ACTORS[judgement.actor], { filter: ACTORS[judgement.actor] }),
    ]),
    judgement.handling
      ? [
          h('p', { className: ['text-by', 'text-by-vendor'], dataPagefindIgnore: true }, '官方处理建议'),
          h('p', { className: ['code-handling'] }, makeLinkedText(judgement.handling, judgement.links)),
        ]
      : null,
    judgement.advice
      ? [
          h('p', { className: ['text-by', 'text-by-catalog'], dataPagefindIgnore: true }, '本目录建议'),
          h('p', { className: ['code-advice'], dataPagefindIgnore: true }, makeText(judgement.advice)),
        ]
      : null,
    judgement.doubt
      ? h('p', { className: ['code-doubt'], dataPagefindIgnore: true }, makeText(`本目录对此判断有保留：${judgement.doubt}`))
      : null,
    h('p', { className: ['judgement-note'], dataPagefindIgnore: true }, [
      '类别、重试与处理方是本目录的判断，不是厂商的说法；',
      makeInternalLink(categoryUrl, `看看「${category.name}」类的其他错误码`),
      '。',
    ]),
  ]);
}

/** Where a statement comes from, as a link a reader can open, with when it was read. */
export function renderCitation(system: CatalogSystem, sourceId: string, line?: number): ElementContent[] {
  const source = getSource(system, sourceId);
  const url = getCitationUrl(source, line);
  return [makeText(`《${source.title}》${line === undefined ? '' : `第 ${line} 行`}：`), makeUrlLink(url), makeText(`（${source.read}）`)];
}

/** 较新来源的说法: what newer sources say where it differs from the seed document's text. */
function renderNewerStatements(system: CatalogSystem, newer: readonly NewerStatement[]): PageBlock[] {
  if (newer.length === 0) return [];
  return [
    makePlainSectionHeading('较新来源的说法'),
    h(
      'ul',
      { className: ['newer-statements'], dataPagefindIgnore: true },
      newer.map((statement) =>
        h('li', [
          h('p', [makeText(statement.says)]),
          h('p', { className: ['newer-source'] }, ['本目录转述，出处：', renderCitation(system, statement.source, statement.line)]),
        ]),
      ),
    ),
    h(
      'p',
      { className: ['newer-note'], dataPagefindIgnore: true },
      '上面的说明保留来源文档的原文；较新的来源说法不同时列在这里，请以你所用版本的文档为准。',
    ),
  ];
}

/** A code's page: what it means, what to do, where it comes from, and related codes. */
export function renderCodePage(entry: CodeEntry, context: CodePageContext): GeneratedPage {
  const { system, domain, code } = entry;
  const { base } = context;
  const codeUrl = (other: CodeEntry) => makeUrl({ kind: 'code', system: other.system.id, code: other.code.code }, { base });
  const pageLink = (other: CodeEntry | undefined) => other && { link: codeUrl(other), label: getCodeTitle(other.code) };
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
  const body: PageBlock[] = [
    h('dl', { className: ['code-facts', 'not-content'] }, [
      // The number outweighs numbers that merely occur in other pages' text ("最多 10 个").
      makeFact('错误码', h('code', { dataCode: true, dataPagefindWeight: '10' }, code.code)),
      code.name ? makeFact('常量名', h('code', { className: ['code-name'] }, code.name)) : null,
      makeFact('系统', makeInternalLink(makeUrl({ kind: 'system', system: system.id }, { base }), system.name), { filter: system.name }),
      makeFact('分类', makeInternalLink(context.rowUrl, domain.name), { filter: domain.name }),
      h('div', { dataPagefindIgnore: true }, [h('dt', '状态'), h('dd', code.status === 'removed' ? h('strong', '已停用') : '使用中')]),
    ]),
    // Hidden until the script wires the buttons, so nothing dead shows without JavaScript.
    h(
      'div',
      {
        className: ['share-buttons', 'not-content'],
        dataPagefindIgnore: true,
        dataSharePath: codeUrl(entry),
        dataShareLabel: flattenLineBreaks(getCitationLabel(entry)),
        hidden: true,
      },
      [
        h('button', { type: 'button', dataCopy: 'link' }, '复制链接'),
        h('button', { type: 'button', dataCopy: 'citation' }, '复制为工单引用'),
        h('span', { className: ['share-status'], role: 'status', ariaLive: 'polite' }),
      ],
    ),
    ...(code.status === 'removed'
      ? [
          h(
            'div',
            { className: ['code-removed'], role: 'note' },
            h('p', [
              h('strong', '此错误码已停用。'),
              makeText(code.reason ?? ''),
              code.replacement
                ? [
                    '替代错误码：',
                    makeInternalLink(
                      makeUrl({ kind: 'code', system: system.id, code: code.replacement }, { base }),
                      replacement ? getCodeTitle(replacement) : code.replacement,
                    ),
                  ]
                : null,
            ]),
          ),
        ]
      : []),
    renderGuidance(code, context),
    makePlainSectionHeading(textBy === 'vendor' ? '官方说明' : '本目录说明'),
    // The message outweighs the same words in handling and notes, so a phrase finds the code that says it.
    h('p', { className: ['code-message'], dataTextBy: textBy, dataPagefindWeight: '2' }, makeLinkedText(code.message, code.links)),
    ...(textBy === 'catalog'
      ? [h('p', { className: ['text-by-note'], dataPagefindIgnore: true }, '这段说明是本目录根据下面的来源用自己的话写的，不是厂商原文。')]
      : []),
    ...renderNewerStatements(system, code.newer ?? []),
    ...(domain.notes.length > 0
      ? [
          makePlainSectionHeading('分类说明'),
          // The domain's notes stand on every code page of the domain: indexed there, the numbers and words in
          // them ("404、405 …") would find every code of the domain; the domain page indexes them once.
          h(
            'ul',
            { className: ['domain-notes'], dataPagefindIgnore: true },
            domain.notes.map((note) => h('li', [makeText(note)])),
          ),
        ]
      : []),
    ...(context.sameMessage.length > 0
      ? [
          makePlainSectionHeading('信息相同的错误码'),
          h(
            'ul',
            { className: ['same-message'], dataPagefindIgnore: true },
            context.sameMessage
              .slice(0, MAX_SAME_MESSAGE)
              .map((other) =>
                h('li', [makeInternalLink(codeUrl(other), other.code.code), makeText(`（${other.system.name} · ${other.domain.name}）`)]),
              ),
          ),
          ...(context.sameMessage.length > MAX_SAME_MESSAGE
            ? [h('p', { dataPagefindIgnore: true }, `另有 ${context.sameMessage.length - MAX_SAME_MESSAGE} 个错误码的信息与此相同。`)]
            : []),
        ]
      : []),
    ...(context.similar.length > 0
      ? [
          makePlainSectionHeading('其他系统的同类错误码'),
          h(
            'ul',
            { className: ['similar-codes'], dataPagefindIgnore: true },
            context.similar.map((other) => h('li', makeInternalLink(codeUrl(other), getCitationLabel(other)))),
          ),
        ]
      : []),
    makePlainSectionHeading('来源'),
    h('p', { className: ['code-source'], dataPagefindIgnore: true }, [
      makeText(`${system.name} ${textBy === 'vendor' ? '官方文档' : ''}`),
      renderCitation(system, code.source, code.line),
    ]),
  ];
  return makePage({ kind: 'code', system: system.id, code: code.code }, domain.file, frontmatter, body);
}
