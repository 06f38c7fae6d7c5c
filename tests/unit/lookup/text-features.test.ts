import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getTextFeatures, groupFeatures } from '../../../src/lookup/text-features.ts';

const keys = (text: string) => getTextFeatures(text).map((feature) => feature.key);

test('Chinese becomes overlapping pairs, English words lower case without stopwords', () => {
  assert.deepEqual(keys('群组不存在'), ['群组', '组不', '不存', '存在']);
  assert.deepEqual(keys('Group is FULL'), ['group', 'full', '群组', '满员']);
  assert.deepEqual(keys('群'), ['群']);
});

test('both spellings of a word are one feature', () => {
  assert.deepEqual(keys('账号'), keys('帐号'));
  assert.deepEqual(keys('登陆'), keys('登录'));
});

test('a glossary translation is placed on its English', () => {
  const spans = groupFeatures(getTextFeatures('sdk not init')).get('初始');
  assert.deepEqual(spans, [{ start: 4, end: 12 }]);
});
