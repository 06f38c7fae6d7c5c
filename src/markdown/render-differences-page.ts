import { h } from 'hastscript';
import { getMeanings } from '../catalog/meanings.ts';
import { getCitationLabel, type CodeEntry } from '../catalog/queries.ts';
import { makeUrl } from '../urls.ts';
import { makeInternalLink, makeText } from './html-tree.ts';
import { makePage, type GeneratedPage } from './page.ts';
import { renderCitation } from './code-blocks.ts';

/** 各版本说法不同的错误码: every code a newer source describes differently from its seed text. */
export function renderDifferencesPage(entries: readonly CodeEntry[], options: { base: string }): GeneratedPage {
  const { base } = options;
  // A meaning that replaced the seed's is the largest difference of all; newer statements are the smaller ones.
  const getCurrent = (entry: CodeEntry) => getMeanings(entry.code).filter((meaning) => meaning.isCurrent);
  const differing = entries.filter((entry) => (entry.code.newer ?? []).length > 0 || getCurrent(entry).length > 0);
  const description = `${differing.length} 个错误码在较新的来源中有不同的说法。`;
  return makePage({ kind: 'differences' }, 'content/catalog', { title: '各版本说法不同的错误码', description }, [
    h(
      'p',
      '这些错误码的说明来自旧版文档（原文保留在各自页面上），' +
        '较新的文档或 SDK 头文件对同一个错误码有不同的说法，例如限制改了、含义变了。' +
        '请以你所用版本的文档为准。',
    ),
    h(
      'ul',
      { className: ['differences'] },
      differing.map((entry) =>
        h('li', [
          makeInternalLink(makeUrl({ kind: 'code', system: entry.system.id, code: entry.code.code }, { base }), getCitationLabel(entry)),
          h('ul', [
            ...getCurrent(entry).map((meaning) => {
              const citation = renderCitation(entry.system, meaning.source, meaning.line);
              return h('li', [makeText(`含义已变：${meaning.message}（`), citation, '）']);
            }),
            ...(entry.code.newer ?? []).map((statement) =>
              h('li', [makeText(`${statement.says}（`), renderCitation(entry.system, statement.source, statement.line), '）']),
            ),
          ]),
        ]),
      ),
    ),
  ]);
}
