import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeCodeIndex } from '../../../src/exports/code-index.ts';
import { lookUpPaste } from '../../../src/lookup/look-up-paste.ts';
import { loadFixtureCatalog } from '../../helpers/fixtures.ts';

const index = makeCodeIndex(await loadFixtureCatalog('valid'), { base: '/' });

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

  it('says a number is not in the catalog, and searches for the number', () => {
    const outcome = lookUpPaste('错误码：１０９９９', index);
    assert.equal(outcome.kind, 'missing');
    assert.deepEqual(outcome.kind === 'missing' && [outcome.code, outcome.searchQuery], ['10999', '10999']);
  });

  it('falls back to messages, then to search without noise words', () => {
    assert.equal(lookUpPaste('群组不存在', index).kind, 'messages');
    assert.deepEqual(lookUpPaste('something odd 报错', index), { kind: 'search', searchQuery: 'something odd' });
  });
});
