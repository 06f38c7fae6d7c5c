import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeText } from '../../../src/lookup/normalize-text.ts';
import { readLabel, type Label } from '../../../src/lookup/read-label.ts';

/** The label of the last number in the text, read as the paste reader reads it (normalised). */
function labelOf(text: string): Pick<Label, 'kind' | 'key'> {
  const norm = normalizeText(text);
  const { kind, key } = readLabel(norm, norm.search(/-?\d+\D*$/));
  return { kind, key };
}

test('keys and words that label an error code', () => {
  assert.deepEqual(labelOf('ErrorCode: 10010'), { kind: 'label', key: 'ErrorCode' });
  assert.deepEqual(labelOf('"errCode":6011'), { kind: 'label', key: 'errCode' });
  assert.deepEqual(labelOf('err code = 6200'), { kind: 'label', key: 'err code' });
  assert.deepEqual(labelOf('error code is 6013'), { kind: 'label', key: 'error code' });
  assert.deepEqual(labelOf('错误码为：6013'), { kind: 'label', key: '错误码' });
  assert.deepEqual(labelOf('返回码 -3'), { kind: 'label', key: '返回码' });
  assert.deepEqual(labelOf('err=6013'), { kind: 'label', key: 'err' });
});

test('statuses, callbacks and error words', () => {
  assert.deepEqual(labelOf('ConnectionStatus -6'), { kind: 'status', key: 'ConnectionStatus' });
  assert.deepEqual(labelOf('连接状态 -6'), { kind: 'status', key: '连接状态' });
  assert.deepEqual(labelOf('onError(6017'), { kind: 'callback', key: 'onError' });
  assert.deepEqual(labelOf('拉人进群报错10014'), { kind: 'errorWord', key: '报错' });
  assert.deepEqual(labelOf('sendFailed 6012'), { kind: 'errorWord', key: 'sendFailed' });
  assert.deepEqual(labelOf('TIMErrCode.ERR_SDK_NOT_LOGGED_IN (6014)'), { kind: 'errorWord', key: 'ERR_SDK_NOT_LOGGED_IN' });
});

test('fields that hold something else are never codes', () => {
  for (const text of [
    'HTTP/1.1 500',
    'HTTP 状态码 500',
    'sdkappid=1400000000',
    'line 42',
    'pid 31337',
    'main.dart:42',
    'msg_mgr.cpp (88)',
  ]) {
    assert.equal(labelOf(text).kind, 'never', text);
  }
  for (const text of ['用户 10010', 'userid 42', 'sleep(200', ':8080', '第 3']) assert.equal(labelOf(text).kind, 'never', text);
});

test('nothing before a number is no label', () => {
  assert.equal(labelOf('10010').kind, 'none');
  assert.equal(labelOf('看到 10010').kind, 'none');
  assert.equal(labelOf('(10010)').kind, 'none');
});

test("a later argument of a call that passes no error code is that call's parameter, never a code", () => {
  assert.deepEqual(labelOf('upload onProgress(24, 100)'), { kind: 'never', key: '' });
  assert.deepEqual(labelOf('resize(img, 640, 480)'), { kind: 'never', key: '' });
  assert.deepEqual(labelOf('onError(6017, 100)'), { kind: 'none', key: '' }, "an error callback's later arguments keep the other clues");
  assert.deepEqual(labelOf('(see above), 100'), { kind: 'none', key: '' }, 'a parenthesis with no callee is no call');
  assert.deepEqual(labelOf('done, 100'), { kind: 'none', key: '' }, 'a comma outside any call');
});
