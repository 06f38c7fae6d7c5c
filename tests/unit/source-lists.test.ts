/**
 * The catalog against checked-in lists of what each primary repository file defines (numbers, constant
 * names, lines, at the commit read): every number is cited to the file at its line with its name, or
 * cited elsewhere or left out on purpose, and nothing is cited to a file that does not define it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { buildCatalog } from '../../src/catalog/build-catalog.ts';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { getSourceListMismatches } from '../../src/sources/compare-source-list.ts';
import { getCoverage } from '../../src/sources/get-coverage.ts';
import { buildSourceLists, loadSourceLists } from '../../src/sources/load-source-lists.ts';

const catalog = await loadCatalog('.');
const lists = await loadSourceLists('.');

describe('the catalog matches every source list', () => {
  it('has a list for each system of the catalog', () => {
    assert.deepEqual(
      catalog.systems.map((system) => system.id).filter((id) => !lists.some(({ list }) => list.system === id)),
      [],
      'systems without any source list',
    );
  });
  for (const loaded of lists) {
    it(`${loaded.list.system} / ${loaded.list.source} (${loaded.list.entries.length} entries at ${loaded.list.commit.slice(0, 7)})`, () => {
      assert.deepEqual(getSourceListMismatches(catalog, loaded), []);
    });
  }
});

const HEADER_URL = 'https://github.com/acme/im/blob/1111111111111111111111111111111111111111/include/errors.h';

function makeCatalog(codes: Record<string, unknown>[]) {
  // Advice of its own per code: the catalog's rules refuse one text repeated on three codes.
  const judged = codes.map((code) => ({
    message: '某个错误。',
    category: 'server-internal',
    retry: 'no',
    actor: 'vendor',
    advice: `带上错误码 ${String(code.code)} 的请求参数和 SDK 日志联系厂商确认。`,
    ...code,
  }));
  const { catalog: built, problems } = buildCatalog([
    {
      path: 'content/catalog/categories.yaml',
      text: stringify({ categories: [{ id: 'server-internal', name: '服务端内部错误', description: '服务端故障。' }] }),
    },
    {
      path: 'content/catalog/acme/system.yaml',
      text: stringify({
        id: 'acme',
        name: '某 IM',
        nameEn: 'Acme IM',
        order: 1,
        sources: [
          { id: 'doc', title: '错误码文档', url: 'https://example.com/errors', read: '2026-01' },
          { id: 'header', title: 'errors.h', url: HEADER_URL, read: '2026-01' },
        ],
      }),
    },
    { path: 'content/catalog/acme/sdk.yaml', text: stringify({ id: 'sdk', system: 'acme', name: 'SDK', order: 1, codes: judged }) },
  ]);
  assert.ok(built, problems.map((problem) => problem.message).join('\n'));
  return built;
}

function makeList(fields: Record<string, unknown>) {
  const list = {
    system: 'acme',
    source: 'header',
    repository: 'acme/im',
    path: 'include/errors.h',
    commit: '1111111111111111111111111111111111111111',
    ...fields,
  };
  const { lists: built, problems } = buildSourceLists([{ path: 'content/source-lists/acme/header.yaml', text: stringify(list) }]);
  assert.deepEqual(problems, []);
  return built[0]!;
}

const FILE = 'content/catalog/acme/sdk.yaml';

describe('a disagreement names the code, the side and the place', () => {
  it('agrees when each number is cited at its line with its name, elsewhere, or omitted', () => {
    const agreeing = makeCatalog([
      { code: '1', name: 'ERR_ONE', source: 'header', line: 10 },
      { code: '2', source: 'doc' },
    ]);
    const list = makeList({
      entries: [
        { code: '1', name: 'ERR_ONE', line: 10 },
        { code: '2', name: 'ERR_TWO', line: 11 },
        { code: '3', name: 'ERR_THREE', line: 12 },
      ],
      elsewhere: [{ source: 'doc', reason: '文档已收录。', codes: ['2'] }],
      omitted: [{ code: '3', reason: '从不返回。' }],
    });
    assert.deepEqual(getSourceListMismatches(agreeing, list), []);
    const [system] = getCoverage(agreeing, [list.list]);
    assert.deepEqual(system!.sources[1]!.list, {
      defined: 3,
      cited: 1,
      elsewhere: [{ source: 'doc', reason: '文档已收录。', count: 1 }],
      omitted: [{ code: '3', reason: '从不返回。' }],
    });
  });

  it('a wrong line, a wrong name, a code missing on either side', () => {
    const wrong = makeCatalog([
      { code: '1', name: 'ERR_ONE', source: 'header', line: 9 },
      { code: '2', name: 'ERR_DEUX', source: 'header', line: 11 },
      { code: '4', name: 'ERR_FOUR', source: 'header', line: 13 },
    ]);
    const list = makeList({
      entries: [
        { code: '1', name: 'ERR_ONE', line: 10 },
        { code: '2', name: 'ERR_TWO', line: 11 },
        { code: '3', name: 'ERR_THREE', line: 12 },
      ],
    });
    assert.deepEqual(getSourceListMismatches(wrong, list), [
      `content/source-lists/acme/header.yaml:7:5: code 1 (line 10, ERR_ONE): the catalog (${FILE}) cites line 9, the source defines it ` +
        `at the line given here`,
      `content/source-lists/acme/header.yaml:10:5: code 2: the catalog (${FILE}) names it ERR_DEUX, the source's line 11 names it ERR_TWO`,
      'content/source-lists/acme/header.yaml:13:5: code 3 (line 12, ERR_THREE): in the source, not in the catalog; add it, or list it ' +
        'under omitted with a reason',
      `content/source-lists/acme/header.yaml:7:3: code 4 of ${FILE} cites header, but the source defines no 4`,
    ]);
  });

  it('an omitted code the catalog has, an elsewhere code cited to another source, a commit not cited', () => {
    const held = makeCatalog([
      { code: '1', name: 'ERR_ONE', source: 'header', line: 10 },
      { code: '2', source: 'header', line: 11 },
    ]);
    const list = makeList({
      commit: '2222222222222222222222222222222222222222',
      entries: [
        { code: '1', name: 'ERR_ONE', line: 10 },
        { code: '2', line: 11 },
      ],
      omitted: [{ code: '1', reason: '从不返回。' }],
      elsewhere: [{ source: 'doc', reason: '文档已收录。', codes: ['2'] }],
    });
    assert.deepEqual(getSourceListMismatches(held, list), [
      'content/source-lists/acme/header.yaml:5:9: content/catalog/acme/system.yaml cites commit ' +
        '1111111111111111111111111111111111111111; read the list there, or say in commitNote why not',
      `content/source-lists/acme/header.yaml:13:11: code 1 is listed as omitted, but the catalog has it (${FILE})`,
      `content/source-lists/acme/header.yaml:19:9: code 2: listed as cited to doc, but the catalog cites header (${FILE})`,
    ]);
    const commitNote = '那个 commit 已不在仓库中。';
    assert.deepEqual(getSourceListMismatches(held, makeList({ ...list.list, commitNote })).length, 2);
  });
});

describe('a malformed list', () => {
  it('is reported at its place with the field and the schema file', () => {
    const text =
      'system: acme\nsource: header\nrepository: acme/im\npath: a.h\ncommit: 0123456789abcdef0123456789abcdef01234567\nentries:\n  - { ' +
      'code: 7, line: 3 }\n';
    const { problems } = buildSourceLists([{ path: 'content/source-lists/acme/other.yaml', text }]);
    assert.deepEqual(
      problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message} | ${problem.hint}`),
      [
        'content/source-lists/acme/other.yaml:7:13: entries[0].code must be a quoted number, e.g. code: "10010" or code: "-6" | ' +
          'correct the value; src/sources/schema.ts describes every field',
      ],
    );
  });

  it('whose fields disagree with its place is reported', () => {
    const text =
      'system: acme\nsource: header\nrepository: acme/im\npath: a.h\ncommit: 0123456789abcdef0123456789abcdef01234567\nentries:\n  - { ' +
      'code: "7", line: 3 }\n';
    const { problems } = buildSourceLists([{ path: 'content/source-lists/acme/other.yaml', text }]);
    assert.deepEqual(
      problems.map((problem) => `${problem.line}:${problem.column}: ${problem.message}`),
      ['2:9: source "header" does not match the file\'s place (other)'],
    );
  });
});
