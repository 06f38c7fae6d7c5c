import { h } from 'hastscript';
import { CATALOG_DIR } from '../catalog/model.ts';
import { getMeaningsSummary } from '../catalog/meanings.ts';
import type { CodeEntry } from '../catalog/queries.ts';
import { makeUrl } from '../urls.ts';
import { makeInternalLink, makeText } from './html-tree.ts';
import { makePage, type GeneratedPage } from './page.ts';

/**
 * The number-only page of a number several systems use, such as /7/: it lists them instead of guessing.
 * A number of one system redirects instead (src/integrations/number-redirects.ts). Kept out of search: each
 * code's own page is found there.
 */
export function renderNumberPage(code: string, entries: readonly CodeEntry[], context: { base: string }): GeneratedPage {
  const { base } = context;
  const shared = `有 ${entries.length} 个系统使用错误码 ${code}`;
  const description = `${shared}，请选择。`;
  return makePage(
    { kind: 'number', code },
    CATALOG_DIR,
    { title: `错误码 ${code}`, description, pagefind: false, tableOfContents: false },
    [
      h('p', [makeText(`${shared}，请选择你看到它的系统：`)]),
      h(
        'ul',
        { className: ['number-candidates'] },
        entries.map((entry) =>
          h('li', [
            makeInternalLink(makeUrl({ kind: 'code', system: entry.system.id, code }, { base }), `${entry.system.name} ${code}`),
            makeText(`（${entry.domain.name}）：${getMeaningsSummary(entry.system, entry.code)}`),
          ]),
        ),
      ),
    ],
  );
}
