import assert from 'node:assert/strict';
import { test } from 'node:test';
import glossary from '../../../src/lookup/data/glossary.json' with { type: 'json' };
import { findGlossaryTerms, isGroupKey, WEAK_KEYS } from '../../../src/lookup/glossary.ts';

const groups = (text: string) => findGlossaryTerms(text).map((term) => term.group.catalog);

test("findGlossaryTerms reads the words people use as the catalog's word, Chinese and English", () => {
  assert.deepEqual(groups('usersig 过期'), ['签名', '过期']);
  assert.deepEqual(groups('被顶下线'), ['被踢', '下线']);
  assert.deepEqual(groups('kicked off by another device'), ['被踢', '其他终端']);
  assert.deepEqual(groups('sdk not init'), ['SDK', '未初始化']);
  assert.deepEqual(groups('未登录'), ['未登录'], 'the longest word is taken whole, not 登录');
});

test('one group for what readers and the catalog say differently', () => {
  assert.deepEqual(groups('群满了'), ['群组', '上限'], 'full is a limit reached');
  assert.deepEqual(groups('群成员数已达上限'), ['群组', '成员', '上限']);
  assert.deepEqual(groups('friend list full'), ['好友', '上限']);
  assert.deepEqual(groups('消息太长'), ['消息', '过长']);
  assert.deepEqual(groups('message too long'), ['消息', '过长']);
  assert.deepEqual(groups('群组ID被占用'), ['群组', '已被使用']);
  assert.deepEqual(groups('group id already taken'), ['群组', '已被使用']);
  assert.deepEqual(groups('帐号被封禁'), ['帐号', '封禁']);
  assert.deepEqual(groups('account chat banned'), ['帐号', '禁言'], 'chat banned is muted, banned alone is blocked');
  assert.deepEqual(groups('account banned'), ['帐号', '封禁']);
  assert.deepEqual(groups('在别的设备上登录'), ['其他终端', '登录']);
  assert.deepEqual(groups('不在这个群里'), ['不在群']);
  assert.deepEqual(groups('already friends'), groups('双方已经是好友'));
  assert.deepEqual(groups('identifier not imported'), groups('帐号尚未导入'), "Tencent's Identifier is the account");
  assert.deepEqual(groups('already a member'), groups('已经在这个群里'));
  assert.deepEqual(groups('not a group member'), ['不在群']);
  assert.deepEqual(groups('服务没开通'), ['未开通']);
  assert.deepEqual(groups('tencent im sdkappid not found'), ['SDKAppID', '不存在']);
  const hintIsAWord = "the app server's hint 短信验证码 is a word too, so it is not blanked";
  assert.deepEqual(groups('短信验证码过期'), ['验证码', '过期'], hintIsAWord);
});

test("a reader's symptom (发不出去, 加不了, 校验不通过) is as weak as failed", () => {
  assert.deepEqual(groups('消息发不出去'), ['消息', '失败']);
  assert.deepEqual(groups('好友加不了'), ['好友', '失败']);
  assert.deepEqual(groups('签名校验不通过'), ['签名', '校验', '失败']);
  for (const key of ['发不', '不通', '通过']) assert.ok(WEAK_KEYS.has(key), key);
});

test('English words match whole words only', () => {
  assert.deepEqual(groups('signal'), []);
  assert.deepEqual(groups('grouping'), []);
});

test('SDK, error and failed are weak: never a match on their own', () => {
  for (const key of ['~SDK', '~错误', '~失败', 'sdk', 'error', 'failed', '错误', '失败', 'wrong', '不对'])
    assert.ok(WEAK_KEYS.has(key), key);
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

test('a group key is told from a pair or a word', () => {
  assert.ok(isGroupKey('~签名'));
  assert.ok(!isGroupKey('签名'));
  assert.ok(!isGroupKey('sig'));
});

test('a word may carry a second meaning (also): 撤回超时 is past the recall time limit and a recall', () => {
  const [term] = findGlossaryTerms('撤回消息超时');
  assert.deepEqual([term?.key, term?.alsoKeys], ['~撤回时限', ['~撤回']]);
  const catalogs = new Set(glossary.groups.map((group) => group.catalog));
  for (const group of glossary.groups as { catalog: string; also?: string[] }[]) {
    for (const also of group.also ?? []) assert.ok(catalogs.has(also), `${group.catalog}: no group ${also}`);
  }
});
