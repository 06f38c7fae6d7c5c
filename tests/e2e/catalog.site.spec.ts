/** The built site against the catalog and the sources: every row has its page and its text. */
import { readFile } from 'node:fs/promises';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { getCodeEntries } from '../../src/catalog/queries.ts';
import { CATCH_ALL_CODE, SOURCE_FILES } from '../../src/importer/import-sources.ts';
import { parseTencent } from '../../src/importer/parse-tencent.ts';
import { parseWildfirechat } from '../../src/importer/parse-wildfirechat.ts';
import type { CatalogExport } from '../../src/exports/catalog-export.ts';
import { expect, test } from './fixtures.ts';
import { collapseWhiteSpace, getAttribute, getElements, getShownText, hasClass } from '../helpers/html.ts';

test('every row of both source documents is published on its code page with the same text', async ({ request }) => {
  const read = (file: string) => readFile(`content/sources/${file}`, 'utf8');
  const rows = [
    ...parseWildfirechat(await read(SOURCE_FILES.wildfirechat)).rows.map((row) => ({ system: 'wildfirechat', ...row })),
    ...parseTencent(await read(SOURCE_FILES.tencent)).rows.map((row) => ({ system: 'tencent-im', ...row })),
  ].filter((row) => row.code !== CATCH_ALL_CODE);
  expect(rows).toHaveLength(433);
  const missing: string[] = [];
  for (const row of rows) {
    const response = await request.get(`${row.system}/${row.code}/`);
    const elements = getElements(await response.text());
    // On a page with several meanings the seed's text is the vendor's one among them, wherever it stands.
    const shown = (className: string) => {
      const element = elements.find(
        (candidate) =>
          hasClass(candidate, className) && (className !== 'code-message' || getAttribute(candidate, 'data-text-by') === 'vendor'),
      );
      return element && getShownText(element);
    };
    const handling = row.handling === undefined ? undefined : collapseWhiteSpace(row.handling);
    if (!response.ok() || shown('code-message') !== collapseWhiteSpace(row.message) || shown('code-handling') !== handling) {
      missing.push(`${row.system} ${row.code}`);
    }
  }
  expect(missing).toEqual([]);
});

test('catalog.json lists every code with a working URL', async ({ request, baseURL }) => {
  const response = await request.get('catalog.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const exported = (await response.json()) as CatalogExport;
  const catalog = await loadCatalog('.');
  // In display order, as the catalog loads them.
  expect(exported.systems.map((system) => system.id)).toEqual(catalog.systems.map((system) => system.id));
  expect(exported.systems.slice(0, 2).map((system) => system.id)).toEqual(['wildfirechat', 'tencent-im']);
  const codes = exported.systems.flatMap((system) => system.domains.flatMap((domain) => domain.codes));
  expect(codes).toHaveLength(getCodeEntries(catalog).length);
  const group = exported.systems[1]?.domains.find((domain) => domain.id === 'group');
  expect(group?.url).toBe(new URL(baseURL!).pathname + 'tencent-im/group/');
  const code = group?.codes.find((entry) => entry.code === '10010');
  expect(code).toMatchObject({ message: '群组不存在，或者曾经存在过，但是目前已经被解散。', handling: null });
  expect((await request.get(new URL(code!.url, baseURL).href)).ok()).toBe(true);
});
