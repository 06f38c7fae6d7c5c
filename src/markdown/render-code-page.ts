import { h } from 'hastscript';
import type { Catalog } from '../catalog/model.ts';
import { getMeanings, getMeaningsSummary } from '../catalog/meanings.ts';
import { getCitationLabel, getCodeTitle, getSource, getTextBy, type CodeEntry } from '../catalog/queries.ts';
import type { ProblemLinks } from '../catalog/shared-problems.ts';
import { makeUrl } from '../urls.ts';
import { makeFact, renderCitation, renderGuidance, renderNewerStatements } from './code-blocks.ts';
import { flattenLineBreaks, makeInternalLink, makeLinkedText, makeText } from './html-tree.ts';
import { makePlainSectionHeading, type PageBlock } from './markdown-body.ts';
import { makePage, type GeneratedPage } from './page.ts';
import { renderConstantNames, renderMeaningSection, renderMeaningsNote } from './render-meanings.ts';

/** A generic message ("内部错误，请重试") can be shared by hundreds of codes; the page lists the first few. */
const MAX_SAME_MESSAGE = 20;

export interface CodePageContext {
  base: string;
  catalog: Catalog;
  previous?: CodeEntry;
  next?: CodeEntry;
  /** Other codes whose message is exactly this one's. */
  sameMessage: readonly CodeEntry[];
  /** The shared problems the code names, each with codes of other systems naming it. */
  problemLinks: readonly ProblemLinks[];
  /** The code's row in its domain's table. */
  rowUrl: string;
}

/** A code's page: what it means, what to do, where it comes from, and related codes. */
export function renderCodePage(entry: CodeEntry, context: CodePageContext): GeneratedPage {
  const { system, domain, code } = entry;
  const { base } = context;
  const codeUrl = (other: CodeEntry) => makeUrl({ kind: 'code', system: other.system.id, code: other.code.code }, { base });
  const pageLink = (other: CodeEntry | undefined) => other && { link: codeUrl(other), label: getCodeTitle(other.code) };
  const textBy = getTextBy(getSource(system, code.source));
  const meanings = getMeanings(code);
  const isSeveral = meanings.length > 1;
  const frontmatter = {
    title: getCodeTitle(code),
    // A link preview names every meaning, each with where it arrives.
    description: getMeaningsSummary(system, code),
    // No `head` for the og:title with the system's name: Starlight's schema for it cost 0.6 ms per page
    // (6 s at 10,000 codes); src/site/route-middleware.ts sets it from the catalog instead.
    // Four short sections need no table of contents; leaving it out keeps every code page lighter.
    tableOfContents: false,
    prev: pageLink(context.previous) ?? false,
    next: pageLink(context.next) ?? false,
  };
  const replacement = code.replacement && system.domains.flatMap((other) => other.codes).find((other) => other.code === code.replacement);
  const status = code.status === 'removed' ? h('strong', '已停用') : '使用中';
  const unlistedSameMessage = context.sameMessage.length - MAX_SAME_MESSAGE;
  // Search indexes what identifies the code (number, constant, message, handling, notes); the page's
  // fixed words would otherwise match every query for "错误" or "来源" on every page.
  const body: PageBlock[] = [
    h('dl', { className: ['code-facts', 'not-content'] }, [
      // The number outweighs numbers that merely occur in other pages' text ("最多 10 个").
      makeFact('错误码', h('code', { dataCode: true, dataPagefindWeight: '10' }, code.code)),
      // Several meanings name their constants in their own sections.
      !isSeveral && (code.name || code.names) ? makeFact('常量名', renderConstantNames(code.name, code.names ?? [])) : null,
      makeFact('系统', makeInternalLink(makeUrl({ kind: 'system', system: system.id }, { base }), system.name), { filter: system.name }),
      makeFact('分类', makeInternalLink(context.rowUrl, domain.name), { filter: domain.name }),
      h('div', { dataPagefindIgnore: true }, [h('dt', '状态'), h('dd', status)]),
    ]),
    // The copy buttons are made by src/browser/share-buttons.ts: without JavaScript nothing dead shows, and the
    // markup of the buttons is not repeated in thousands of pages.
    h('div', {
      className: ['share-buttons', 'not-content'],
      dataPagefindIgnore: true,
      dataSharePath: codeUrl(entry),
      dataShareLabel: flattenLineBreaks(getCitationLabel(entry)),
      hidden: true,
    }),
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
    ...(isSeveral
      ? [renderMeaningsNote(code.code, system, meanings), ...meanings.map((meaning) => renderMeaningSection(meaning, system, context))]
      : [
          renderGuidance(code, { ...context, system }),
          makePlainSectionHeading(textBy === 'vendor' ? '官方说明' : '本目录说明'),
          // The message outweighs the same words in handling and notes, so a phrase finds the code that says it.
          h('p', { className: ['code-message'], dataTextBy: textBy, dataPagefindWeight: '2' }, makeLinkedText(code.message, code.links)),
          ...(textBy === 'catalog'
            ? [
                h(
                  'p',
                  { className: ['text-by-note'], dataPagefindIgnore: true },
                  '这段说明是本目录根据下面的来源用自己的话写的，不是厂商原文。',
                ),
              ]
            : []),
          ...renderNewerStatements(system, code.newer ?? []),
        ]),
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
            context.sameMessage.slice(0, MAX_SAME_MESSAGE).map((other) => {
              const where = makeText(`（${other.system.name} · ${other.domain.name}）`);
              return h('li', [makeInternalLink(codeUrl(other), other.code.code), where]);
            }),
          ),
          ...(unlistedSameMessage > 0
            ? [h('p', { dataPagefindIgnore: true }, `另有 ${unlistedSameMessage} 个错误码的信息与此相同。`)]
            : []),
        ]
      : []),
    // Linked by the problem the catalog assigns, never by shared words: no list where no problem fits.
    ...context.problemLinks.flatMap(({ problem, others, total }) => [
      makePlainSectionHeading(`其他系统的同类问题：${problem.name}`),
      h('ul', { className: ['problem-codes'], dataPagefindIgnore: true }, [
        ...others.map((other) => h('li', makeInternalLink(codeUrl(other), getCitationLabel(other)))),
        ...(total > others.length ? [h('li', `另有 ${total - others.length} 个`)] : []),
      ]),
    ]),
    // Each meaning's section cites its own source.
    ...(isSeveral
      ? []
      : [
          makePlainSectionHeading('来源'),
          h('p', { className: ['code-source'], dataPagefindIgnore: true }, [
            makeText(`${system.name} ${textBy === 'vendor' ? '官方文档' : ''}`),
            renderCitation(system, code.source, code.line),
          ]),
        ]),
  ];
  return makePage({ kind: 'code', system: system.id, code: code.code }, domain.file, frontmatter, body);
}
