import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeCatalogExport } from '../../src/exports/catalog-export.ts';
import { makeCsvExport, toCsvCell } from '../../src/exports/csv-export.ts';
import { loadFixtureCatalog } from '../helpers/fixtures.ts';

const catalog = await loadFixtureCatalog('valid');

describe('codes.csv', () => {
  it('has a header and one row per code, with absolute URLs when the site is known', () => {
    const lines = makeCsvExport(catalog, { base: '/errors/', site: 'https://example.com' }).split('\r\n');
    assert.equal(lines[0], '\ufeffcode,system,domain,message,handling,status,url');
    assert.equal(lines[3], '10010,示例 IM,群组系统,群组不存在，或者已经被解散。,检查群组 ID。,active,https://example.com/errors/example/10010/');
    assert.equal(lines.length, 5);
  });

  it('quotes separators and keeps formulas inert', () => {
    assert.equal(toCsvCell('a,"b"'), '"a,""b"""');
    assert.equal(toCsvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(toCsvCell('-1'), "'-1");
  });
});

describe('catalog.json', () => {
  it('exports systems, domains and codes with site-relative URLs', () => {
    const exported = makeCatalogExport(catalog, { base: '/' });
    assert.equal(exported.systems[0]!.domains[0]!.url, '/example/group/');
    assert.deepEqual(exported.systems[0]!.domains[0]!.codes[0], {
      code: '10004',
      message: '参数非法，请参考文档。',
      handling: null,
      status: 'active',
      links: [{ text: '文档', url: 'https://example.com/docs' }],
      url: '/example/10004/',
    });
  });
});
