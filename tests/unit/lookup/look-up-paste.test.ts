import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeCodeIndex } from '../../../src/exports/code-index.ts';
import { lookUpPaste } from '../../../src/lookup/look-up-paste.ts';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import { loadFixtureCatalog } from '../../helpers/fixtures.ts';

const index = makeCodeIndex(await loadFixtureCatalog('valid'), { base: '/' });
const real = makeCodeIndex(await loadCatalog('.'), { base: '/' });

describe('lookUpPaste', () => {
  it('opens the page of one clear code', () => {
    const outcome = lookUpPaste('{"ErrorCode":10010}', index);
    assert.equal(outcome.kind, 'open');
    assert.equal(outcome.kind === 'open' && outcome.hit.url, '/example/10010/');
  });

  it('lists codes marked alike, most likely first', () => {
    const outcome = lookUpPaste('ErrorCode: 10010\nErrorCode: -6', index);
    assert.equal(outcome.kind, 'codes');
    assert.deepEqual(outcome.kind === 'codes' && outcome.hits.map((hit) => hit.label), ['10010', '-6']);
  });

  it('lists two codes marked alike even when the text agrees with one of them: two errors are a question', () => {
    const outcome = lookUpPaste('imsdk err 6013 sdk not init; then err 30801 AddSource_Type_X', real);
    assert.equal(outcome.kind, 'codes');
    assert.deepEqual(outcome.kind === 'codes' && outcome.hits.map((hit) => hit.label), ['6013', '30801']);
    const one = lookUpPaste('{"ErrorCode":70001,"ErrorInfo":"usersig expired"}', real);
    assert.equal(one.kind === 'open' && one.hit.url, '/tencent-im/70001/', 'one code with its message still opens');
  });

  it('says a number is not in the catalog, and searches for the number', () => {
    const outcome = lookUpPaste('错误码：１０９９９', index);
    assert.equal(outcome.kind, 'missing');
    assert.deepEqual(outcome.kind === 'missing' && [outcome.code, outcome.searchQuery], ['10999', '10999']);
  });

  it('falls back to messages, then to search without noise words', () => {
    assert.equal(lookUpPaste('群组不存在', index).kind, 'messages');
    assert.deepEqual(lookUpPaste('something odd 报错', index), {
      kind: 'search',
      searchQuery: 'something odd',
      search: { text: 'something odd' },
    });
  });

  it('reports a labelled code the catalog lacks, never another number of the paste', () => {
    const outcome = lookUpPaste('[mars] error_type:4, error_code:-10123', real);
    assert.deepEqual([outcome.kind, outcome.kind === 'missing' && outcome.code], ['missing', '-10123']);
  });

  it('never opens a page for an error domain that is not IM, and says what the number is', () => {
    const outcome = lookUpPaste('Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."', real);
    assert.equal(outcome.kind, 'search');
    assert.deepEqual(outcome.kind === 'search' && [outcome.foreign?.domain, outcome.foreign?.code], ['NSURLErrorDomain', '-1001']);
  });

  it('does not open a code whose pasted message contradicts the catalog; the one that agrees comes first', () => {
    const outcome = lookUpPaste('login error with code 6, message 验证码或密码错误', real);
    assert.equal(outcome.kind, 'codes');
    const hits = outcome.kind === 'codes' ? outcome.hits : [];
    assert.equal(hits[0]?.url, '/wildfirechat-app-server/6/');
    assert.ok(hits.find((hit) => hit.url === '/wildfirechat/6/')?.match.conflict);
  });

  it('lists no unmarked log numbers beside a labelled code', () => {
    const outcome = lookUpPaste('D/OkHttp: <-- 200 OK (302-byte body)\nupload onProgress(24, 100)\nerrorCode: 70001', real);
    assert.deepEqual(outcome.kind === 'open' && outcome.hit.url, '/tencent-im/70001/');
  });
});
