import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCodeEntries, makeSimilarFinder } from '../../src/catalog/queries.ts';
import { makeInlineCatalog } from '../helpers/inline-catalog.ts';

const ours = getCodeEntries(
  makeInlineCatalog('a', 'd', [
    { code: '1', message: '令牌已过期，请重新登录。' },
    { code: '2', message: '令牌已过期。' },
  ]),
);
const theirs = getCodeEntries(
  makeInlineCatalog('b', 'd', [
    { code: '9', message: '登录令牌已过期。' },
    { code: '10', message: '令牌无效。' },
    { code: '11', message: '令牌已过期。' },
    { code: '12', message: '群组不存在。' },
    { code: '13', message: '令牌已过期，请重新登录。', status: 'removed', reason: '已合并到 11。' },
    { code: '20', message: '令牌错误。' },
  ]),
);
const getSimilar = makeSimilarFinder([...ours, ...theirs]);
const codesOf = (entries: ReturnType<typeof getSimilar>) => entries.map((entry) => `${entry.system.id}:${entry.code.code}`);

describe('similar codes in other systems', () => {
  it('come closest first by the character pairs their messages share, ties in code order', () => {
    assert.deepEqual(codesOf(getSimilar(ours[0]!, 5)), ['b:9', 'b:11', 'b:10', 'b:20']);
  });

  it('leave out the code’s own system, retired codes and codes sharing nothing', () => {
    assert.deepEqual(codesOf(getSimilar(theirs[1]!, 5)), ['a:1', 'a:2']);
  });

  it('stop at the limit', () => {
    assert.deepEqual(codesOf(getSimilar(ours[0]!, 2)), ['b:9', 'b:11']);
  });
});
