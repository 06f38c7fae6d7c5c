import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getSearchQuery } from '../../../src/lookup/search-query.ts';

describe('getSearchQuery', () => {
  it('drops the words no page is indexed under, so a phrase is not stranded by them', () => {
    assert.equal(getSearchQuery('群组不存在 报错'), '群组不存在');
    assert.equal(getSearchQuery('error: usersig expired'), 'usersig expired');
    assert.equal(getSearchQuery('"ErrorInfo":"invalid group id"'), 'invalid group id');
    assert.equal(getSearchQuery('拉人进群失败'), '拉人进群');
  });

  it('keeps the text when nothing but such words is left', () => {
    assert.equal(getSearchQuery('error'), 'error');
  });

  it('searches a code by its number, read as the lookup box reads it', () => {
    assert.equal(getSearchQuery('errid=10999'), '10999');
    assert.equal(getSearchQuery('错误码：１０９９９'), '10999');
    assert.equal(getSearchQuery('code: −6'), '-6');
  });

  it('searches full-width text in the plain form pages are indexed under', () => {
    assert.equal(getSearchQuery('ＳＤＫ 未初始化（6013 报错）'), 'SDK 未初始化 6013');
  });
});
