import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { makeCodeIndex } from '../../src/exports/code-index.ts';
import { guessDomain, lookupCode, parseCodeQuery, parseMissingPath } from '../../src/site/lookup.ts';

const index = makeCodeIndex(await loadCatalog('.'), { base: '/' });

describe('parseCodeQuery', () => {
  it('accepts a code as people paste it', () => {
    for (const input of ['10010', ' 10010 ', 'code=10010', '错误码 10010', '错误码：10010', 'ErrorCode: 10010', '１００１０', 'errcode 10010。']) {
      assert.equal(parseCodeQuery(input), '10010', input);
    }
  });

  it('leaves phrases and mixed text to full-text search', () => {
    for (const input of ['群组不存在', '10010 群组', 'sig过期', '', 'code=abc']) assert.equal(parseCodeQuery(input), undefined, input);
  });
});

describe('lookupCode', () => {
  it('finds exactly the code, never a near one', () => {
    assert.deepEqual(
      lookupCode(index, '10010').map((hit) => hit.url),
      ['/tencent-im/10010/'],
    );
    assert.deepEqual(lookupCode(index, '99999'), []);
    assert.deepEqual(lookupCode(index, '1001'), []);
  });

  it('can be limited to one system', () => {
    assert.equal(lookupCode(index, '7', 'wildfirechat').length, 1);
    assert.equal(lookupCode(index, '7', 'tencent-im').length, 0);
  });
});

describe('guessDomain', () => {
  it('places an unknown number by its leading digits', () => {
    assert.equal(guessDomain(index, '10999', 'tencent-im')?.domainName, '群组系统');
    assert.equal(guessDomain(index, '10999')?.domainName, '群组系统');
  });

  it("shows a domain's note for unlisted codes", () => {
    assert.equal(guessDomain(index, '70999', 'tencent-im')?.otherCodes, '内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604');
  });

  it('does not guess when the digits say too little', () => {
    assert.equal(guessDomain(index, '99999'), undefined);
  });
});

describe('parseMissingPath', () => {
  it('reads system and code below the base path', () => {
    assert.deepEqual(parseMissingPath('/errors/tencent-im/10999/', '/errors/'), { systemId: 'tencent-im', code: '10999' });
    assert.deepEqual(parseMissingPath('/10999/', '/'), { code: '10999' });
    assert.deepEqual(parseMissingPath('/Tencent-IM/10999', '/'), { systemId: 'tencent-im', code: '10999' });
    assert.deepEqual(parseMissingPath('/tencent-im/010010/', '/'), { systemId: 'tencent-im', code: '10010' });
    assert.deepEqual(parseMissingPath('/nothing/here/', '/'), {});
  });
});
