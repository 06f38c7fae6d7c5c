import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeCatalogExport } from '../../src/exports/catalog-export.ts';
import { makeCsvExport, toCsvCell } from '../../src/exports/csv-export.ts';
import { loadFixtureCatalog } from '../helpers/fixtures.ts';

const catalog = await loadFixtureCatalog('valid');

describe('codes.csv', () => {
  it('has a header and one row per code, with absolute URLs when the site is known', () => {
    const lines = makeCsvExport(catalog, { base: '/errors/', site: 'https://example.com' }).split('\r\n');
    assert.equal(lines[0], '\ufeffcode,name,system,domain,message,text_by,handling,category,retry,actor,advice,source_url,status,url');
    assert.equal(
      lines[3],
      '10010,,示例 IM,群组系统,群组不存在，或者已经被解散。,vendor,检查群组 ID。,not-found,after-fix,client-dev,,https://example.com/error-codes,active,https://example.com/errors/example/10010/',
    );
    assert.equal(
      lines[4],
      '-6,ERR_EXAMPLE_TOKEN_INCORRECT,示例 IM,客户端错误码,连接时使用的 token 无效。,catalog,,not-found,after-fix,client-dev,重新向应用服务端获取 token。,https://github.com/example/sdk/blob/0123abc/include/ExampleErrorCode.h#L42,active,https://example.com/errors/example/-6/',
    );
    assert.equal(lines.length, 6);
  });

  it('quotes separators and keeps formulas inert', () => {
    assert.equal(toCsvCell('a,"b"'), '"a,""b"""');
    assert.equal(toCsvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(toCsvCell('-1+2'), "'-1+2");
    assert.equal(toCsvCell('-6'), '-6');
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
      source: { id: 'doc', url: 'https://example.com/error-codes' },
      textBy: 'vendor',
      judgement: { category: 'not-found', retry: 'after-fix', actor: 'client-dev', advice: '核对请求中的标识。' },
      status: 'active',
      links: [{ text: '文档', url: 'https://example.com/docs' }],
      url: '/example/10004/',
    });
  });

  it('exports cited codes with their source line, the catalog as author, and ranges', () => {
    const client = makeCatalogExport(catalog, { base: '/' }).systems[0]!.domains[1]!;
    assert.deepEqual(client.codes[0]!.source, {
      id: 'header',
      url: 'https://github.com/example/sdk/blob/0123abc/include/ExampleErrorCode.h#L42',
      line: 42,
    });
    assert.equal(client.codes[0]!.textBy, 'catalog');
    assert.equal(client.codes[0]!.name, 'ERR_EXAMPLE_TOKEN_INCORRECT');
    assert.deepEqual(client.ranges[0]!.range, ['120001', '130000']);
    assert.equal(client.ranges[0]!.url, '/example/120001-130000/');
  });
});
