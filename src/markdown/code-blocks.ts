/** Blocks a code page is made of, shared with range pages and the meaning sections: facts, 怎么办, citations. */
import type { Element, ElementContent } from 'hast';
import { h, type Child } from 'hastscript';
import type { Catalog, CatalogSystem } from '../catalog/model.ts';
import { getCategory, getCitationUrl, getSource, type CodeEntry } from '../catalog/queries.ts';
import {
  ACTORS,
  RETRY_ADVICE,
  type Cause,
  type CodeRange,
  type NewerStatement,
  type RetryPolicy,
  type VendorHandling,
} from '../catalog/schema.ts';
import { makeUrl } from '../urls.ts';
import { makeExternalLink, makeInternalLink, makeLinkedText, makeText, makeUrlLink } from './html-tree.ts';
import { makePlainSectionHeading } from './markdown-body.ts';
import { renderCauses, renderRetryPolicy, renderUserMessage, renderVendorHandling } from './render-answer.ts';

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
 * A fact of a description list: its term stays out of the search index; `filter` (the text the value shows) makes
 * it a search filter of the same name, read from an attribute (`[data-filter]`) where the label must differ.
 */
export function makeFact(term: string, value: Child, options: { filter?: string; isInIgnored?: boolean } = {}): Element {
  const label = options.filter === undefined ? undefined : makeFilterLabel(options.filter);
  // The element's own text is the value when it needs no change: the attribute form costs 30 bytes a fact.
  const filter =
    label === undefined
      ? {}
      : label === options.filter
        ? { dataPagefindFilter: term }
        : { dataPagefindFilter: `${term}[data-filter]`, dataFilter: label };
  return h('div', [
    // Inside a list search already ignores, the term needs no mark of its own.
    h('dt', { dataPagefindIgnore: !options.isInIgnored }, term),
    h('dd', filter, value),
  ]);
}

/**
 * 怎么办: the catalog's own judgement (category, retry, actor) and what to do, labelled as ours and
 * kept apart from the vendor's text. The three facts double as the search dialog's filters.
 */
export function renderGuidance(
  judgement: Pick<CodeRange, 'category' | 'retry' | 'actor' | 'advice' | 'doubt'> & {
    handling?: string;
    links?: CodeEntry['code']['links'];
    causes?: Cause[];
    retryPolicy?: RetryPolicy;
    userMessage?: string;
    vendorHandling?: VendorHandling;
  },
  /** `system` resolves the source of the vendor's current handling; a range, which has none, may leave it out. */
  context: { base: string; catalog: Catalog; system?: CatalogSystem },
  /**
   * Inside a meaning's section: a lower heading, a name of its own so each block is a distinct landmark,
   * and no note on whose judgement it is (the meanings note says it once, which keeps the page small).
   */
  within?: { label: string },
): Element {
  const category = getCategory(context.catalog, judgement.category);
  const categoryUrl = makeUrl({ kind: 'category', category: category.id }, { base: context.base });
  return h('section', { className: ['code-guidance', 'not-content'], ariaLabel: within ? `怎么办：${within.label}` : '怎么办' }, [
    makePlainSectionHeading('怎么办', within ? 3 : 2),
    // Indexing the judgement would file every server-internal page under "错误"; its filters still apply.
    h('dl', { className: ['guidance-facts'], dataPagefindIgnore: true }, [
      makeFact('类别', makeInternalLink(categoryUrl, category.name), { filter: category.name, isInIgnored: within !== undefined }),
      makeFact('重试', RETRY_ADVICE[judgement.retry], { filter: RETRY_ADVICE[judgement.retry], isInIgnored: within !== undefined }),
      makeFact('处理方', ACTORS[judgement.actor], { filter: ACTORS[judgement.actor], isInIgnored: within !== undefined }),
    ]),
    renderRetryPolicy(judgement.retryPolicy),
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
    // Our words throughout, so kept out of the index like the advice.
    judgement.causes || judgement.vendorHandling || judgement.userMessage
      ? h('div', { className: ['code-answer'], dataPagefindIgnore: true }, [
          ...renderCauses(judgement.causes),
          ...(context.system ? renderVendorHandling(context.system, judgement.vendorHandling) : []),
          ...renderUserMessage(judgement.userMessage),
        ])
      : null,
    judgement.doubt
      ? h('p', { className: ['code-doubt'], dataPagefindIgnore: true }, makeText(`本目录对此判断有保留：${judgement.doubt}`))
      : null,
    // Inside a meaning's section the page's meanings note says this once for all of them.
    within
      ? null
      : h('p', { className: ['judgement-note'], dataPagefindIgnore: true }, [
          '类别、重试与处理方是本目录的判断，不是厂商的说法；',
          makeInternalLink(categoryUrl, `看看「${category.name}」类的其他错误码`),
          '。',
        ]),
  ]);
}

/** Where a statement comes from, as a link a reader can open, with when it was read. */
export function renderCitation(
  system: CatalogSystem,
  sourceId: string,
  line?: number,
  options: { withRead?: boolean } = {},
): ElementContent[] {
  const source = getSource(system, sourceId);
  const url = getCitationUrl(source, line);
  // A line of a file links from the words "第 N 行": the title names the file, and the address, shown whole,
  // weighed on every section of a page with several meanings.
  return [
    ...(line === undefined
      ? [makeText(`《${source.title}》：`), makeUrlLink(url)]
      : [makeText(`《${source.title}》`), makeExternalLink(url, `第 ${line} 行`)]),
    ...(options.withRead === false ? [] : [makeText(`（${source.read}）`)]),
  ];
}

/** 较新来源的说法: what newer sources say where it differs from the seed document's text. */
export function renderNewerStatements(system: CatalogSystem, newer: readonly NewerStatement[], depth: 2 | 3 = 2): Element[] {
  if (newer.length === 0) return [];
  return [
    makePlainSectionHeading('较新来源的说法', depth),
    h(
      'ul',
      { className: ['newer-statements'], dataPagefindIgnore: true },
      newer.map((statement) => {
        const source = h('p', { className: ['newer-source'] }, [
          '本目录转述，出处：',
          renderCitation(system, statement.source, statement.line),
        ]);
        return h('li', [h('p', [makeText(statement.says)]), source]);
      }),
    ),
    h(
      'p',
      { className: ['newer-note'], dataPagefindIgnore: true },
      '上面的说明保留来源文档的原文；较新的来源说法不同时列在这里，请以你所用版本的文档为准。',
    ),
  ];
}
