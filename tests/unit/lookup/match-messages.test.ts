import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchMessages } from '../../../src/lookup/match-messages.ts';
import { pasteIndex as index } from '../../helpers/paste-fixtures.ts';

function firstCodes(text: string, count = 1): string[] {
  return matchMessages(text, index)
    .slice(0, count)
    .map((match) => `${match.system}/${match.code}`);
}

test('matchMessages finds Chinese messages from Chinese text', () => {
  assert.deepEqual(firstCodes('群组不存在'), ['tencent-im/10010']);
  assert.deepEqual(firstCodes('请求超时'), ['tencent-im/6012']);
  assert.deepEqual(firstCodes('token错误'), ['wildfirechat/6']);
  assert.deepEqual(firstCodes('账号没有注册'), ['tencent-im/70107'], '账号 and 帐号 are one word');
  assert.deepEqual(firstCodes('敏感词', 2).sort(), ['tencent-im/80001', 'wildfirechat/242']);
});

test('matchMessages finds Chinese messages from English SDK text', () => {
  assert.ok(firstCodes('usersig expired', 2).includes('tencent-im/70001'));
  assert.deepEqual(firstCodes('sdk not init'), ['tencent-im/6013']);
  assert.deepEqual(firstCodes('group is full'), ['tencent-im/10014']);
  assert.deepEqual(firstCodes('Identifier not registered'), ['tencent-im/70107']);
  assert.deepEqual(firstCodes('no network'), ['tencent-im/6200']);
  assert.deepEqual(firstCodes('connection rejected'), ['wildfirechat/-3']);
  assert.ok(firstCodes('invalid params', 3).includes('tencent-im/6017'));
});

test('matchMessages: nothing for unrelated text, at most `limit`, spans and reasons from the text', () => {
  assert.deepEqual(matchMessages('hello world', index), []);
  assert.deepEqual(matchMessages('', index), []);
  assert.equal(matchMessages('群组', index, 2).length, 2);
  const [match] = matchMessages('报错：群组不存在', index);
  assert.deepEqual([match?.code, match?.value, match?.spans], ['10010', '10010', [{ start: 3, end: 8 }]]);
  assert.deepEqual(match?.reasons, ['报错信息与目录说明一致：群组不存在']);
  const [english] = matchMessages('usersig expired', index);
  assert.deepEqual(english?.spans, [
    { start: 0, end: 7 },
    { start: 8, end: 15 },
  ]);
});

test('matchMessages: SDK, error or failed alone is no match and no reason', () => {
  assert.deepEqual(matchMessages('SDK error', index), []);
  assert.deepEqual(matchMessages('failed 失败 错误', index), []);
  const [match] = matchMessages('SDK 群组不存在 error', index);
  assert.deepEqual(match?.reasons, ['报错信息与目录说明一致：群组不存在']);
});

test('matchMessages: a system named in the text puts its codes first, and is not itself a word matched', () => {
  assert.deepEqual(firstCodes('野火 敏感词'), ['wildfirechat/242']);
  assert.deepEqual(firstCodes('TIM 敏感词'), ['tencent-im/80001']);
});

test("matchMessages reads a constant's words, a capital run ending where the next word starts", () => {
  const entry = { system: 'openim', code: '10009', name: 'SDKNotLoginError', message: '接口调用太早。' };
  const tiny = { systems: [{ id: 'openim', hints: [] }], entries: [entry] };
  assert.deepEqual(
    matchMessages('sdk not login', tiny).map((match) => match.code),
    ['10009'],
  );
});

test('matchMessages: a shared glossary meaning weighs more than a shared character pair of the same rarity', () => {
  const room = { system: 'netease-im', code: '113434', message: '聊天室数量已达上限。' };
  const friend = { system: 'netease-im', code: '104435', message: '自己的好友数已达上限。' };
  const tiny = { systems: [{ id: 'netease-im', hints: [] }], entries: [room, friend] };
  assert.deepEqual(
    matchMessages('好友数量达到上限', tiny).map((match) => match.code),
    ['104435', '113434'],
  );
});

test("matchMessages: a named system's message that meets half the text comes before another system's that meets all of it", () => {
  const tencent = { system: 'tencent-im', code: '20007', message: '发送方已被接收方拉黑，单聊消息被拒。' };
  const wildfire = { system: 'wildfirechat', code: '246', message: '用户被拉黑' };
  const systems = [
    { id: 'tencent-im', hints: ['TIM'] },
    { id: 'wildfirechat', hints: ['野火'] },
  ];
  // 对方 is common and 拉黑 rare, as in the catalog: 用户被拉黑 meets more than half of 对方拉黑了我.
  const others = ['对方不是好友', '对方帐号不存在', '对方拒绝了请求'].map((message, i) => ({
    system: 'tencent-im',
    code: `${i}`,
    message,
  }));
  const entries = [tencent, wildfire, ...others];
  const codes = (text: string) => matchMessages(text, { systems, entries }).map((match) => match.code);
  assert.deepEqual(codes('对方拉黑了我').slice(0, 2), ['20007', '246']);
  assert.deepEqual(codes('野火 对方拉黑了我').slice(0, 2), ['246', '20007']);
});
