import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getCardMeaning, markWords } from '../../src/browser/lookup/card-text.ts';

test('a short meaning is shown whole, lead-in and all', () => {
  assert.equal(getCardMeaning('C 接口同步返回：群组无效。'), 'C 接口同步返回：群组无效。');
  assert.equal(getCardMeaning('  群组不存在，\n或者曾经存在过 '), '群组不存在， 或者曾经存在过');
});

test('a long meaning ends at a clause within about three lines, never inside its first clause', () => {
  const long =
    '好友导入参数错误，请检查备注内容是否超过96字节，分组名称是否超过30字节，' +
    '加好友附言的长度是否超过256字节，' +
    '加好友来源字符串中是否符合如下格式：“AddSource_Type_XXXXXXXX”，即必须包含前缀“AddSource_Type_”。';
  const shown = getCardMeaning(long);
  assert.ok(shown.endsWith('…'), shown);
  assert.ok(long.startsWith(shown.slice(0, -1)), shown);
  assert.ok([...shown].length <= 81, shown);
  assert.match(shown, /超过256字节…$/);
});

test('a first clause longer than the card is kept whole, after its lead-in', () => {
  const clause = '甲'.repeat(90);
  assert.equal(getCardMeaning(`C 接口同步返回：${clause}，其余说明。`), `C 接口同步返回：${clause}…`);
  assert.equal(getCardMeaning(clause + '乙'), clause + '乙');
});

test('matched words are marked wherever they occur, ignoring case; digits and single characters are not', () => {
  assert.deepEqual(markWords('SDK 未初始化，请先初始化 sdk', ['sdk', '初始化', '6013', '未']), [
    { text: 'SDK', marked: true },
    { text: ' 未', marked: false },
    { text: '初始化', marked: true },
    { text: '，请先', marked: false },
    { text: '初始化', marked: true },
    { text: ' ', marked: false },
    { text: 'sdk', marked: true },
  ]);
  assert.deepEqual(markWords('群组不存在', []), [{ text: '群组不存在', marked: false }]);
  assert.deepEqual(markWords('', ['群组']), []);
});
