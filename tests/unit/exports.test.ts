import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeCatalogExport } from '../../src/exports/catalog-export.ts';
import { makeCsvExport, toCsvCell } from '../../src/exports/csv-export.ts';
import { loadFixtureCatalog } from '../helpers/fixtures.ts';

const catalog = await loadFixtureCatalog('valid');

describe('codes.csv', () => {
  it('has a header and one row per code, with absolute URLs when the site is known', () => {
    const lines = makeCsvExport(catalog, { base: '/errors/', site: 'https://example.com' }).split('\r\n');
    assert.equal(
      lines[0],
      '\ufeffcode,name,system,domain,message,text_by,handling,category,retry,actor,advice,source_url,status,url,meaning,context,' +
        'retry_when,retry_wait,retry_initial_delay_seconds,retry_max_delay_seconds,retry_maybe_applied,user_message,causes,' +
        'vendor_handling,problem',
    );
    assert.equal(
      lines[3],
      '10010,,示例 IM,群组系统,群组不存在，或者已经被解散。,vendor,检查群组 ID。,not-found,after-fix,' +
        'client-dev,,https://example.com/error-codes,active,https://example.com/errors/example/10010/,,,,,,,,,,,',
    );
    assert.equal(
      lines[4],
      '-6,ERR_EXAMPLE_TOKEN_INCORRECT,示例 IM,客户端错误码,连接时使用的 token 无效。,catalog,,not-found,' +
        'after-fix,client-dev,重新向应用服务端获取 token。,' +
        'https://github.com/example/sdk/blob/0123abc/include/ExampleErrorCode.h#L42,active,' +
        'https://example.com/errors/example/-6/,,,,,,,,,,,',
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

describe('exports of a code with several meanings', async () => {
  const meanings = await loadFixtureCatalog('meanings');

  it('give codes.csv one row per meaning, the headline first, with its anchor and context', () => {
    const lines = makeCsvExport(meanings, { base: '/' }).split('\r\n');
    const rows = lines.filter((line) => /^(-6|6016),/.test(line)).map((line) => line.split(','));
    const keyMismatch = '客户端与服务的密钥对不上。';
    assert.deepEqual(
      rows.map((row) => [row[0], row[1], row[4], row[7], row[14], row[15]]),
      [
        ['-6', 'kConnectionStatusSecretKeyMismatch', keyMismatch, 'not-found', 'connection-status', 'connection-status'],
        ['-6', 'Local_NoNet', '发起操作时没有网络。', 'invalid-request', 'local-nonet', 'operation-error'],
        ['6016', 'ERR_INVALID_MSG_ELEM', '消息元素无效，SDK 不予发送。', 'invalid-request', 'invalid-msg-elem', 'current-sdk'],
        ['6016', '', '注册超时，需要重试', 'not-found', 'legacy-sdk', 'legacy-sdk'],
      ],
    );
  });

  it('give catalog.json every meaning with its context, names, English strings and anchor URL, and each system its contexts', () => {
    const system = makeCatalogExport(meanings, { base: '/' }).systems[0]!;
    assert.deepEqual(
      system.contexts.map((context) => [context.id, context.name, context.hints]),
      [
        ['connection-status', '连接状态回调', ['onConnectionStatusChange', '连接状态']],
        ['operation-error', '操作失败回调', ['onFail', '发送失败']],
        ['legacy-sdk', '旧版文档', []],
        ['current-sdk', '当前 SDK', []],
      ],
    );
    const code = system.domains[0]!.codes.find((candidate) => candidate.code === '-6')!;
    assert.equal(code.context, 'connection-status');
    assert.deepEqual(code.meanings![1], {
      id: 'local-nonet',
      name: 'Local_NoNet',
      message: '发起操作时没有网络。',
      source: {
        id: 'header',
        url: 'https://github.com/example/sdk/blob/0123456789abcdef0123456789abcdef01234567/ErrorCode.h#L30',
        line: 30,
      },
      textBy: 'catalog',
      judgement: { category: 'invalid-request', retry: 'backoff', actor: 'end-user', advice: '检查设备网络后重试。' },
      context: 'operation-error',
      names: [{ name: 'kEcMarsLocalNoNet', platform: 'proto.h' }],
      english: [{ text: 'no network', source: 'header', line: 40 }],
      own: false,
      url: '/example/-6/#local-nonet',
    });
    const changed = system.domains[0]!.codes.find((candidate) => candidate.code === '6016')!;
    assert.deepEqual(
      changed.meanings!.map((meaning) => [meaning.id, meaning.own, meaning.current]),
      [
        ['invalid-msg-elem', false, true],
        ['legacy-sdk', true, undefined],
      ],
    );
  });
});
