import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getTextFeatures, groupFeatures } from '../../../src/lookup/text-features.ts';

const keys = (text: string) => getTextFeatures(text).map((feature) => feature.key);

test('Chinese becomes overlapping pairs, English words lower case without stopwords, glossary words their group', () => {
  assert.deepEqual(keys('组织架构'), ['组织', '织架', '架构']);
  assert.deepEqual(keys('Group is FULL'), ['~群组', '~上限']);
  assert.deepEqual(keys('群组不存在'), ['~群组', '~不存在']);
  assert.deepEqual(keys('群'), ['~群组']);
});

test('a pair holding a particle (了, 的, 我…) is no feature, and IM is no English word: they say how, not what', () => {
  assert.deepEqual(keys('发的消息里有敏感词'), ['~消息', '~敏感词']);
  assert.deepEqual(keys('加不了新的'), ['~失败']);
  assert.deepEqual(keys('了'), []);
  assert.deepEqual(keys('好友已经加满了'), ['~好友', '~上限'], '已经 is how, not what');
  assert.deepEqual(keys('already sent'), ['sent']);
  assert.deepEqual(keys('tencent im'), ['tencent']);
});

test('words people use for one thing are one feature, Chinese and English', () => {
  assert.deepEqual(keys('被顶'), keys('kicked off'));
  assert.deepEqual(keys('usersig'), keys('票据'));
  assert.deepEqual(keys('限频'), keys('rate limit'));
  assert.deepEqual(keys('账号'), keys('帐号'));
  assert.deepEqual(keys('登陆'), keys('登录'));
});

test('snake_case is read as words, offsets kept', () => {
  assert.deepEqual(keys('too_many_requests'), keys('too many requests'));
  const notFound = getTextFeatures('service_resource_not_found').find((feature) => feature.key === '~不存在');
  assert.deepEqual(notFound, { key: '~不存在', start: 17, end: 26 });
});

test('a glossary word with a second meaning gives both keys, in the same place', () => {
  assert.deepEqual(getTextFeatures('撤回超时'), [
    { key: '~撤回时限', start: 0, end: 4 },
    { key: '~撤回', start: 0, end: 4 },
  ]);
});

test('a glossary word is placed where it was found', () => {
  const spans = groupFeatures(getTextFeatures('sdk not init')).get('~未初始化');
  assert.deepEqual(spans, [{ start: 4, end: 12 }]);
});
