import { h } from 'hastscript';
import type { Catalog } from '../catalog/model.ts';
import { getMeanings, type Meaning } from '../catalog/meanings.ts';
import { getRangeEntries, getRangeLabel, getShortMeaning, type CodeEntry } from '../catalog/queries.ts';
import { ACTORS, RETRY_ADVICE, type Category } from '../catalog/schema.ts';
import { makeUrl } from '../urls.ts';
import { makeInternalLink, makeTable, makeTableRow, makeText } from './html-tree.ts';
import { makeSectionHeading } from './markdown-body.ts';
import { makePage, type GeneratedPage } from './page.ts';

const TAXONOMY_FILE = 'content/catalog/categories.yaml';
const CATEGORY_HEADERS = ['错误码', '系统', '含义', '重试', '处理方'];
const JUDGED_HERE = '类别、重试与处理方是本目录的判断，不是厂商的说法。';
const CATEGORIES_DESCRIPTION = '各系统的错误码按问题类别归类：认证、限频、权限、参数、超限、网络等。';
const CATEGORIES_INTRO = [
  '每个错误码都标有本目录判断的问题类别、是否值得重试以及该由谁处理。',
  '同一类别下汇集了各个系统的错误码，方便对照。',
].join('');

/** Every meaning of every code: each carries its own judgement, so each is filed under its own category. */
function getJudgedMeanings(entries: readonly CodeEntry[]): { entry: CodeEntry; meaning: Meaning; isSeveral: boolean }[] {
  return entries.flatMap((entry) => {
    const meanings = getMeanings(entry.code);
    return meanings.map((meaning) => ({ entry, meaning, isSeveral: meanings.length > 1 }));
  });
}

/** Every code of one kind of problem, across systems, with retry and actor so outliers stand out. */
export function renderCategoryPage(
  category: Category,
  entries: readonly CodeEntry[],
  catalog: Catalog,
  options: { base: string },
): GeneratedPage {
  const { base } = options;
  // A code of several meanings is listed once for each meaning of this kind, linked to that meaning's section.
  const codes = getJudgedMeanings(entries).filter(({ meaning }) => meaning.category === category.id);
  const ranges = getRangeEntries(catalog).filter((entry) => entry.range.category === category.id);
  const row = (url: string, label: string, system: string, title: string, retry: keyof typeof RETRY_ADVICE, actor: keyof typeof ACTORS) =>
    makeTableRow([makeInternalLink(url, label), makeText(system), makeText(title), RETRY_ADVICE[retry], ACTORS[actor]]);
  const rows = [
    ...codes.map(({ entry: { system, code }, meaning, isSeveral }) =>
      row(
        makeUrl({ kind: 'code', system: system.id, code: code.code }, { base, hash: isSeveral ? meaning.id : undefined }),
        code.code,
        system.name,
        getShortMeaning(meaning.message),
        meaning.retry,
        meaning.actor,
      ),
    ),
    ...ranges.map(({ system, range }) =>
      row(
        makeUrl({ kind: 'range', system: system.id, from: range.range[0], to: range.range[1] }, { base }),
        getRangeLabel(range),
        system.name,
        getShortMeaning(range.message),
        range.retry,
        range.actor,
      ),
    ),
  ];
  return makePage(
    { kind: 'category', category: category.id },
    TAXONOMY_FILE,
    { title: `${category.name}类错误码`, description: `${category.description}（${rows.length} 个错误码）` },
    [
      h('p', { className: ['category-description'] }, makeText(category.description)),
      h('p', { dataPagefindIgnore: true }, [
        `各系统共 ${rows.length} 个错误码属于这一类。${JUDGED_HERE}`,
        makeInternalLink(makeUrl({ kind: 'categories' }, { base }), '全部类别'),
      ]),
      ...makeSectionHeading('错误码'),
      makeTable({ className: 'category-table', headers: CATEGORY_HEADERS, rows, ignoredBySearch: true }),
    ],
  );
}

/** The list of every category, with how many codes each holds. */
export function renderCategoriesPage(catalog: Catalog, entries: readonly CodeEntry[], options: { base: string }): GeneratedPage {
  const { base } = options;
  const counts = Map.groupBy(getJudgedMeanings(entries), ({ meaning }) => meaning.category);
  return makePage({ kind: 'categories' }, TAXONOMY_FILE, { title: '按问题类别', description: CATEGORIES_DESCRIPTION }, [
    h('p', CATEGORIES_INTRO),
    h(
      'ul',
      { className: ['category-list'] },
      catalog.categories.map((category) =>
        h('li', [
          makeInternalLink(makeUrl({ kind: 'category', category: category.id }, { base }), category.name),
          makeText(`（${counts.get(category.id)?.length ?? 0} 个）：${category.description}`),
        ]),
      ),
    ),
    h('p', makeInternalLink(makeUrl({ kind: 'differences' }, { base }), '各版本说法不同的错误码')),
  ]);
}
