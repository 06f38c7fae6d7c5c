import type { Element } from 'hast';
import { h } from 'hastscript';
import type { CatalogSystem } from '../catalog/model.ts';
import { makeUrl } from '../urls.ts';
import { countCodes, getCodeRange } from '../catalog/queries.ts';
import { makeInternalLink, makeTable, makeTableRow, makeText, makeUrlLink } from './html-tree.ts';
import { makeSectionHeading } from './markdown-body.ts';
import { makePage, type GeneratedPage } from './page.ts';

/** The table of a system's domains, shared by the system page and the home page. */
export function renderDomainTable(system: CatalogSystem, base: string): Element {
  return makeTable({
    className: 'domain-table',
    headers: ['分类', '错误码范围', '数量'],
    rows: system.domains.map((domain) =>
      makeTableRow([
        makeInternalLink(makeUrl({ kind: 'domain', system: system.id, domain: domain.id }, { base }), domain.name),
        makeText(getCodeRange(domain)),
        String(domain.codes.length),
      ]),
    ),
    ignoredBySearch: false,
  });
}

/** A system's page: its domains, and the sources its codes come from. */
export function renderSystemPage(system: CatalogSystem, options: { base: string }): GeneratedPage {
  const total = countCodes(system);
  const summary = `${system.name}（${system.nameEn}）共收录 ${total} 个错误码，分为 ${system.domains.length} 个分类。`;
  const body = [
    h('p', [makeText(summary)]),
    ...makeSectionHeading('分类'),
    renderDomainTable(system, options.base),
    ...makeSectionHeading('来源'),
    h(
      'ul',
      { className: ['system-sources'] },
      system.sources.map((source) =>
        h('li', [
          makeText(`《${source.title}》：`),
          makeUrlLink(source.url),
          makeText(`（${source.read}）`),
          source.file
            ? '。本站逐条收录了这份文档的全部错误码，页面上标为「官方说明」的文字是它的原文。'
            : '。本站据此补充了它列出的错误码，说明是本目录用自己的话写的。',
        ]),
      ),
    ),
  ];
  const description = `${system.name}（${system.nameEn}）的全部 ${total} 个错误码，按分类列出。`;
  return makePage({ kind: 'system', system: system.id }, system.file, { title: `${system.name} 错误码`, description }, body);
}
