import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { CatalogCode, CatalogDomain, CatalogSystem } from '../catalog/model.ts';
import { getMeaningLabel, getMeanings } from '../catalog/meanings.ts';
import { getRangeLabel } from '../catalog/queries.ts';
import { makeUrl } from '../urls.ts';
import type { DomainPart } from '../catalog/domain-parts.ts';
import { makeExternalLink, makeInternalLink, makeLinkedText, makeTable, makeTableRow, makeText } from './html-tree.ts';
import { makeSectionHeading, type PageBlock } from './markdown-body.ts';
import { makePage, type GeneratedPage } from './page.ts';

interface DomainPageOptions {
  base: string;
  /** Empty when one table holds the whole domain. */
  parts: readonly DomainPart[];
}

/** A row's message: the code's, or every meaning with its context, each linked to its section of the code page. */
function renderMeaningsCell(system: CatalogSystem, code: CatalogCode, base: string): ElementContent[] {
  const meanings = getMeanings(code);
  if (meanings.length === 1) return makeLinkedText(code.message, code.links);
  return meanings.flatMap((meaning, index) => [
    ...(index > 0 ? [h('br')] : []),
    makeInternalLink(
      makeUrl({ kind: 'code', system: system.id, code: code.code }, { base, hash: meaning.id }),
      getMeaningLabel(system, meaning),
    ),
    makeText('：'),
    ...makeLinkedText(meaning.message, meaning.links),
  ]);
}

/** A table of codes, each row anchored by its code; shared by domain pages and their parts. */
function renderCodeTable(system: CatalogSystem, codes: readonly CatalogCode[], base: string): Element {
  const hasHandling = codes.some((code) => code.handling);
  const rows = codes.map((code) =>
    makeTableRow(
      [
        [
          makeInternalLink(makeUrl({ kind: 'code', system: system.id, code: code.code }, { base }), code.code),
          ...(code.status === 'removed' ? [' ', h('span', { className: ['code-status'] }, '已停用')] : []),
        ],
        renderMeaningsCell(system, code, base),
        ...(hasHandling ? [code.handling ? makeLinkedText(code.handling, code.links) : []] : []),
      ],
      { id: code.code },
    ),
  );
  return makeTable({
    className: 'code-table',
    headers: ['错误码', '错误信息', ...(hasHandling ? ['处理建议'] : [])],
    rows,
    // The table repeats every code page's text; leaving it out of the index lets the code pages rank first.
    ignoredBySearch: true,
  });
}

function getPartLabel(part: DomainPart): string {
  return `${part.codes[0]!.code}–${part.codes.at(-1)!.code}`;
}

function renderSummary(system: CatalogSystem, domain: CatalogDomain, base: string): Element {
  const sources = [...new Set([...domain.codes, ...domain.ranges].map((entry) => entry.source))].map((id) =>
    system.sources.find((source) => source.id === id)!,
  );
  const ranges = domain.ranges.length > 0 ? ` · ${domain.ranges.length} 个保留区间` : '';
  return h('p', { className: ['domain-summary'] }, [
    makeInternalLink(makeUrl({ kind: 'system', system: system.id }, { base }), system.name),
    ` · 共 ${domain.codes.length} 个错误码${ranges} · 来源：`,
    sources.flatMap((source, index) => [...(index > 0 ? ['、'] : []), makeExternalLink(source.url, `《${source.title}》`)]),
  ]);
}

/** The domain's reserved ranges, each row anchored by its label like a code's row. */
function renderRangeTable(system: CatalogSystem, domain: CatalogDomain, base: string): PageBlock[] {
  if (domain.ranges.length === 0) return [];
  const rows = domain.ranges.map((range) =>
    makeTableRow(
      [
        makeInternalLink(
          makeUrl({ kind: 'range', system: system.id, from: range.range[0], to: range.range[1] }, { base }),
          getRangeLabel(range),
        ),
        makeText(range.message),
      ],
      { id: range.range.join('-') },
    ),
  );
  return [
    ...makeSectionHeading('保留区间'),
    makeTable({ className: 'code-table', headers: ['区间', '含义'], rows, ignoredBySearch: true }),
  ];
}

/** A domain's page: its notes, and its codes as one table or as links to the parts that list them. */
export function renderDomainPage(system: CatalogSystem, domain: CatalogDomain, options: DomainPageOptions): GeneratedPage {
  const { base, parts } = options;
  const partUrl = (part: DomainPart) => makeUrl({ kind: 'domain-part', system: system.id, domain: domain.id, part: part.part }, { base });
  const listing =
    parts.length === 0
      ? [renderCodeTable(system, domain.codes, base)]
      : [
          h('p', `本分类错误码较多，分为 ${parts.length} 部分列出：`),
          h(
            'ul',
            { className: ['domain-parts'] },
            parts.map((part) => {
              const link = makeInternalLink(partUrl(part), `第 ${part.part} 部分：${getPartLabel(part)}`);
              return h('li', [link, `（${part.codes.length} 个）`]);
            }),
          ),
          // Links made before the split point here with #code; a script forwards them to the part.
          h('div', {
            hidden: true,
            dataCodeParts: JSON.stringify(parts.map((part) => [part.codes[0]!.code, part.codes.at(-1)!.code, partUrl(part)])),
          }),
        ];
  const body = [
    renderSummary(system, domain, base),
    ...(domain.notes.length > 0
      ? [
          ...makeSectionHeading('说明'),
          // Not indexed: notes cite numbers ("404 不存在、405 已存在") that a reader typing the number means as a
          // code, and a short list page would outrank the code's own page.
          h(
            'ul',
            { className: ['domain-notes'], dataPagefindIgnore: true },
            domain.notes.map((note) => h('li', [makeText(note)])),
          ),
        ]
      : []),
    ...(domain.otherCodes
      ? [
          ...makeSectionHeading('未列出的错误码'),
          h('p', { className: ['other-codes'] }, makeText(`本分类中未在下表列出的错误码：${domain.otherCodes}`)),
        ]
      : []),
    ...(domain.codes.length > 0 ? [...makeSectionHeading('错误码列表'), ...listing] : []),
    ...renderRangeTable(system, domain, base),
  ];
  return makePage(
    { kind: 'domain', system: system.id, domain: domain.id },
    domain.file,
    { title: domain.name, description: `${system.name} · ${domain.name}：${domain.codes.length} 个错误码及其含义。` },
    body,
  );
}

/** One part of a domain too large for one table. */
export function renderDomainPartPage(
  system: CatalogSystem,
  domain: CatalogDomain,
  part: DomainPart,
  options: DomainPageOptions,
): GeneratedPage {
  const { base, parts } = options;
  const neighbour = (other: DomainPart | undefined) =>
    other
      ? {
          link: makeUrl({ kind: 'domain-part', system: system.id, domain: domain.id, part: other.part }, { base }),
          label: `第 ${other.part} 部分：${getPartLabel(other)}`,
        }
      : false;
  return makePage(
    { kind: 'domain-part', system: system.id, domain: domain.id, part: part.part },
    domain.file,
    {
      title: `${domain.name}（第 ${part.part} 部分）`,
      description: `${system.name} · ${domain.name}：错误码 ${getPartLabel(part)}。`,
      prev: neighbour(parts[part.part - 2]),
      next: neighbour(parts[part.part]),
    },
    [
      h('p', { className: ['domain-summary'] }, [
        makeInternalLink(makeUrl({ kind: 'domain', system: system.id, domain: domain.id }, { base }), domain.name),
        ` · 第 ${part.part} / ${parts.length} 部分 · 错误码 ${getPartLabel(part)}`,
      ]),
      renderCodeTable(system, part.codes, base),
    ],
  );
}
