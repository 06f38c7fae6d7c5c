import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeCodeIndex, type CodeIndex, type IndexEntry } from '../../src/exports/code-index.ts';
import { guessDomain, lookupCode, parseCodeQuery, parseMissingPath } from '../../src/site/lookup.ts';
import { loadFixtureCatalog } from '../helpers/fixtures.ts';

const index = makeCodeIndex(await loadFixtureCatalog('site'), { base: '/' });
const valid = makeCodeIndex(await loadFixtureCatalog('valid'), { base: '/' });

describe('parseCodeQuery', () => {
  it('accepts a code as people paste it', () => {
    for (const input of [
      '10010',
      ' 10010 ',
      'code=10010',
      '错误码 10010',
      '错误码：10010',
      'ErrorCode: 10010',
      '１００１０',
      'errcode 10010。',
    ]) {
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
      lookupCode(valid, '10010').map((hit) => hit.url),
      ['/example/10010/'],
    );
    assert.deepEqual(lookupCode(valid, '99999'), []);
    assert.deepEqual(lookupCode(valid, '1001'), []);
  });

  it('keeps the minus sign: -6 is never 6, and 6 is never -6', () => {
    assert.deepEqual(
      lookupCode(valid, '-6').map((hit) => hit.url),
      ['/example/-6/'],
    );
    assert.deepEqual(lookupCode(valid, '6'), []);
  });

  it('finds the reserved range that holds a number', () => {
    assert.deepEqual(
      lookupCode(valid, '125000').map((hit) => [hit.url, hit.title]),
      [['/example/120001-130000/', '120001–130000 应用的回调服务自定义返回的错误码']],
    );
    assert.deepEqual(lookupCode(valid, '130001'), []);
    assert.deepEqual(lookupCode(valid, '-125000'), []);
  });

  it('can be limited to one system', () => {
    assert.equal(lookupCode(index, '8', 'alpha').length, 1);
    assert.equal(lookupCode(index, '8', 'beta').length, 0);
    assert.equal(lookupCode(index, '7').length, 2);
  });
});

describe('guessDomain', () => {
  const entry = (domain: string, code: string, message: string): IndexEntry => ({
    system: 'im',
    domain,
    code,
    message,
    category: 'auth',
    retry: 'after-fix',
    actor: 'server-dev',
  });
  const guessing: CodeIndex = {
    base: '/',
    systems: [
      {
        id: 'im',
        name: 'IM',
        hints: [],
        domains: [
          { id: 'group', name: '群组系统' },
          { id: 'account', name: '帐号系统', otherCodes: '内部错误，请重试。' },
          { id: 'access', name: '接入层' },
        ],
      },
    ],
    categories: [],
    entries: [entry('group', '10010', '群组不存在'), entry('account', '70001', '签名过期'), entry('access', '-10106', '签名错误')],
  };

  it('places an unknown number by its leading digits', () => {
    assert.equal(guessDomain(guessing, '10999', 'im')?.domainName, '群组系统');
    assert.equal(guessDomain(guessing, '10999', 'im')?.domainUrl, '/im/group/');
    assert.equal(guessDomain(guessing, '10999')?.domainName, '群组系统');
    assert.equal(guessDomain(guessing, '-10107')?.domainName, '接入层');
  });

  it("shows a domain's note for unlisted codes", () => {
    assert.equal(guessDomain(guessing, '70999', 'im')?.otherCodes, '内部错误，请重试。');
  });

  it('never guesses a negative number into a positive range, or the reverse', () => {
    assert.equal(guessDomain(guessing, '-70001'), undefined);
    assert.equal(guessDomain(guessing, '-10010')?.domainName, '接入层');
    assert.equal(guessDomain(guessing, '10106')?.domainName, '群组系统');
  });

  it('does not guess when the digits say too little', () => {
    assert.equal(guessDomain(guessing, '99999'), undefined);
  });
});

describe('parseMissingPath', () => {
  it('reads system and code below the base path', () => {
    assert.deepEqual(parseMissingPath('/errors/tencent-im/10999/', '/errors/'), { systemId: 'tencent-im', code: '10999' });
    assert.deepEqual(parseMissingPath('/10999/', '/'), { code: '10999' });
    assert.deepEqual(parseMissingPath('/Tencent-IM/10999', '/'), { systemId: 'tencent-im', code: '10999' });
    assert.deepEqual(parseMissingPath('/tencent-im/010010/', '/'), { systemId: 'tencent-im', code: '10010' });
    assert.deepEqual(parseMissingPath('/nothing/here/', '/'), {});
    assert.deepEqual(parseMissingPath('/wildfirechat/-06/', '/'), { systemId: 'wildfirechat', code: '-6' });
  });
});
