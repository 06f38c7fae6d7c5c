/**
 * A code of several meanings on its page: a note at the top naming each (with the context that tells
 * them apart), then one section per meaning, anchored by its id, with its own 怎么办 and source.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Catalog, CatalogSystem } from '../catalog/model.ts';
import { getContext, getMeaningLabel, type Meaning } from '../catalog/meanings.ts';
import { getShortMeaning, getSource, getTextBy } from '../catalog/queries.ts';
import type { PlatformName } from '../catalog/schema.ts';
import { renderCitation, renderGuidance, renderNewerStatements } from './code-blocks.ts';
import { makeInternalLink, makeLinkedText, makeText } from './html-tree.ts';
import { makePlainSectionHeading } from './markdown-body.ts';

const COUNT_WORDS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九'];

/** A constant with its spellings per platform: "Local_NoNet、kEcMarsLocalNoNet（proto.h）". */
export function renderConstantNames(name: string | undefined, names: readonly PlatformName[]): ElementContent[] {
  const spellings = [...(name ? [{ name }] : []), ...names];
  return spellings.flatMap((spelling, index) => [
    ...(index > 0 ? [makeText('、')] : []),
    h('code', { className: ['code-name'] }, spelling.name),
    ...('platform' in spelling ? [makeText(`（${spelling.platform}）`)] : []),
  ]);
}

/**
 * "-6 有两个含义：" and a list linking each meaning's section by its context; when a current meaning replaced
 * the code's own, it says so plainly instead ("6016 的含义已变："), the current one first.
 */
export function renderMeaningsNote(code: string, system: CatalogSystem, meanings: readonly Meaning[]): Element {
  const lead = meanings[0]!.isCurrent
    ? `${code} 的含义已变：`
    : `${code} 有${COUNT_WORDS[meanings.length] ?? meanings.length}个含义，看它从哪里来：`;
  return h('div', { className: ['code-meanings', 'not-content'], role: 'note', dataPagefindIgnore: true }, [
    h('p', lead),
    h(
      'ul',
      meanings.map((meaning) =>
        h('li', [makeInternalLink(`#${meaning.id}`, getMeaningLabel(system, meaning)), makeText(`：${getShortMeaning(meaning.message)}`)]),
      ),
    ),
    // Said once for every section below, which keeps the page small (sections also cite without the reading date).
    h('p', '「本目录说明」和各项判断出自本目录，不是厂商的说法。'),
  ]);
}

/** One meaning's section: how to tell it, its constant, 怎么办, its text (whose words), newer statements and source. */
export function renderMeaningSection(meaning: Meaning, system: CatalogSystem, context: { base: string; catalog: Catalog }): Element {
  const label = getMeaningLabel(system, meaning);
  const codeContext = getContext(system, meaning.context!);
  const textBy = getTextBy(getSource(system, meaning.source));
  const scope = [...(codeContext.versions ?? []), ...(codeContext.platforms ?? [])];
  return h('section', { id: meaning.id, className: ['code-meaning'] }, [
    makePlainSectionHeading(`${label}：${getShortMeaning(meaning.message)}`),
    h('p', { className: ['meaning-context'], dataPagefindIgnore: true }, [
      makeText(`${codeContext.description}${scope.length > 0 ? `适用于：${scope.join('、')}。` : ''}`),
    ]),
    meaning.name || meaning.names.length > 0
      ? h('p', { className: ['meaning-names'] }, ['常量名：', ...renderConstantNames(meaning.name, meaning.names)])
      : null,
    renderGuidance(meaning, { ...context, system }, { label }),
    makePlainSectionHeading(textBy === 'vendor' ? '官方说明' : '本目录说明', 3),
    h('p', { className: ['code-message'], dataTextBy: textBy, dataPagefindWeight: '2' }, makeLinkedText(meaning.message, meaning.links)),
    ...renderNewerStatements(system, meaning.newer ?? [], 3),
    h('p', { className: ['code-source'], dataPagefindIgnore: true }, [
      '来源：',
      ...renderCitation(system, meaning.source, meaning.line, { withRead: false }),
    ]),
  ]);
}
