import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNumberMentions } from '../../../src/lookup/number-mentions.ts';
import { MARK_SCORES } from '../../../src/lookup/scores.ts';

const read = (text: string, shortPaste = true) =>
  findNumberMentions(text, shortPaste).map(({ value, score, reason }) => [value, score, reason]);

test('each number is scored by its mark', () => {
  assert.deepEqual(read('ErrorCode: 10010'), [['10010', MARK_SCORES.label, '写在“ErrorCode”后面']]);
  assert.deepEqual(read('{"ErrorCode":10010}'), [['10010', MARK_SCORES.label, 'JSON 字段 ErrorCode']]);
  assert.deepEqual(read('6005请求失败'), [['6005', MARK_SCORES.errorWord, '紧挨“失败”']]);
  assert.deepEqual(read('send msg failed, 6012'), [['6012', MARK_SCORES.errorWord, '紧挨“failed”']]);
  assert.deepEqual(read('10010'), [['10010', MARK_SCORES.bareShort, '单独的数字']]);
  assert.deepEqual(read('step 10010', false), [['10010', MARK_SCORES.bareLong, '日志里没有标明的数字']]);
});

test('counts, sizes, durations and HTTP statuses are no codes', () => {
  for (const text of ['1024 bytes', '200 ms', '重试 3 次', '2021年', 'status 404', 'code 200 OK', 'HTTP/1.1 500']) {
    assert.deepEqual(read(text), [], text);
  }
  assert.deepEqual(read('70001 日志如下'), [['70001', MARK_SCORES.bareShort, '单独的数字']], '日志 is no unit');
  for (const text of ['{"code":401,"message":"Unauthorized"}', "{code: 404, msg: 'Not Found'}", 'timed out after 10001 milliseconds']) {
    assert.deepEqual(read(text), [], text);
  }
  assert.deepEqual(
    read('{"code":502,"message":"发消息太快"}'),
    [['502', MARK_SCORES.label, 'JSON 字段 code']],
    'a message, not a reason phrase',
  );
  assert.deepEqual(read('ConnectionStatus -6'), [['-6', MARK_SCORES.status, '写在“ConnectionStatus”后面']]);
});

test('spans cover the minus sign', () => {
  const [mention] = findNumberMentions('code: -4', true);
  assert.deepEqual([mention?.start, mention?.end], [6, 8]);
});
