import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getSearchQuery } from '../../../src/lookup/search-query.ts';

describe('getSearchQuery', () => {
  it('drops the words no page is indexed under, so a phrase is not stranded by them', () => {
    assert.equal(getSearchQuery('群组不存在 报错').text, '群组不存在');
    assert.equal(getSearchQuery('error: usersig expired').text, 'usersig expired');
    assert.equal(getSearchQuery('"ErrorInfo":"invalid group id"').text, 'invalid group id');
    assert.equal(getSearchQuery('拉人进群失败').text, '拉人进群');
  });

  it('keeps the text when nothing but such words is left', () => {
    assert.equal(getSearchQuery('error').text, 'error');
  });

  it('searches a code by its number, read as the lookup box reads it', () => {
    assert.equal(getSearchQuery('errid=10999').text, '10999');
    assert.equal(getSearchQuery('错误码：１０９９９').text, '10999');
    assert.deepEqual(getSearchQuery('code: −6'), { text: '6', code: '-6' }, 'Pagefind indexes "-6" as "6": the sign is kept in `code`');
    assert.deepEqual(getSearchQuery('6'), { text: '6', code: '6' });
  });

  it("gives the query in the catalog's words when the glossary knows the reader's", () => {
    assert.equal(getSearchQuery('账号被顶').catalogText, '账号 被踢');
    assert.equal(getSearchQuery('usersig expired').catalogText, '签名 过期');
    assert.equal(getSearchQuery('群组不存在').catalogText, '群组 不存在');
    assert.equal(getSearchQuery('hello').catalogText, undefined);
  });

  it('searches full-width text in the plain form pages are indexed under', () => {
    assert.equal(getSearchQuery('ＳＤＫ 未初始化（6013 报错）').text, 'SDK 未初始化 6013');
  });
});
