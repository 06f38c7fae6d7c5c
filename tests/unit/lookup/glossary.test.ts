import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findGlossaryTerms, WEAK_KEYS } from '../../../src/lookup/glossary.ts';

const groups = (text: string) => findGlossaryTerms(text).map((term) => term.group.catalog);

test("findGlossaryTerms reads the words people use as the catalog's word, Chinese and English", () => {
  assert.deepEqual(groups('usersig 过期'), ['签名', '过期']);
  assert.deepEqual(groups('被顶下线'), ['被踢', '下线']);
  assert.deepEqual(groups('kicked off by another device'), ['被踢']);
  assert.deepEqual(groups('sdk not init'), ['SDK', '未初始化']);
  assert.deepEqual(groups('未登录'), ['未登录'], 'the longest word is taken whole, not 登录');
});

test('English words match whole words only', () => {
  assert.deepEqual(groups('signal'), []);
  assert.deepEqual(groups('grouping'), []);
});

test('SDK, error and failed are weak: never a match on their own', () => {
  for (const key of ['~SDK', '~错误', '~失败', 'sdk', 'error', 'failed', '错误', '失败']) assert.ok(WEAK_KEYS.has(key), key);
  assert.ok(!WEAK_KEYS.has('~签名'));
});

test('a longer word that is not a whole word gives way to the shorter one inside it', () => {
  assert.deepEqual(
    findGlossaryTerms('kicked offers').map(({ start, end }) => [start, end]),
    [[0, 6]],
    '"kicked off" would end inside "offers": "kicked" alone is the word',
  );
  assert.deepEqual(groups('sdk_not init'), ['初始化'], 'an underscore joins sdk_not into one word: "not init" is not whole, "init" is');
  assert.deepEqual(groups('usersig过期'), ['签名', '过期'], 'Chinese after an English word is a word boundary');
});

test('findGlossaryTerms places each term where it was found', () => {
  assert.deepEqual(
    findGlossaryTerms('群 kicked off').map(({ start, end }) => [start, end]),
    [
      [0, 1],
      [2, 12],
    ],
  );
});
