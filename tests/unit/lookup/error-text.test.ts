import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractErrorText } from '../../../src/lookup/error-text.ts';

test('extractErrorText reads the message fields of REST responses and SDK logs', () => {
  const cases: [string, string][] = [
    ['{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"usersig expired"}', 'usersig expired'],
    ['error_code:6013|error_message:sdk not init', 'sdk not init'],
    ['code:10015\nmsg:群组ID非法', '群组ID非法'],
    ['code=6014, desc=not logged in, please login', 'not logged in, please login'],
    ['error: {"message":"group not exist","code":10010}', 'group not exist'],
    ['{"errmsg":"\\u7fa4\\u7ec4\\u4e0d\\u5b58\\u5728","errcode":10010}', '群组不存在'],
    ['errcode=6013&errmsg=sdk%20not%20init', 'sdk not init'],
    ["{'code': 6, 'msg': 'token错误'}", 'token错误'],
    ['{"message":"timeout","msg":"timeout"}', 'timeout'],
  ];
  for (const [text, expected] of cases) assert.equal(extractErrorText(text), expected, text);
});

test('extractErrorText reads exceptions and callbacks', () => {
  const cases: [string, string][] = [
    ['PlatformException(6013, Execution Error, sdk not init, null, null)', 'Execution Error, sdk not init'],
    ['onError(6017, invalid params)', 'invalid params'],
    ['java.lang.IllegalStateException: sdk not initialized\n\tat com.example.Im.login(Im.java:12)', 'sdk not initialized'],
    ['TypeError: Cannot read properties of undefined', 'Cannot read properties of undefined'],
    ['onProgress(12, 100)\nonError(6200, no network)', 'no network'],
  ];
  for (const [text, expected] of cases) assert.equal(extractErrorText(text), expected, text);
});

test('extractErrorText: a one-line paste is its own text; empty fields and bare logs give nothing', () => {
  assert.equal(extractErrorText('  群组不存在  '), '群组不存在');
  assert.equal(extractErrorText('{"ErrorCode":0,"ErrorInfo":""}'), '');
  assert.equal(extractErrorText('{"code":6013,"message":null}'), '');
  assert.equal(extractErrorText('2021-03-09 18:02:11 start\n2021-03-09 18:02:12 done'), '');
  assert.equal(
    extractErrorText('{"ErrorCode":10010,"ErrorInfo":"group not found"}\nPlatformException(6013, sdk not init)'),
    'group not found\nsdk not init',
  );
});

test('extractErrorText: every message key of the word list, in any case, quoted or not', () => {
  for (const key of ['ErrorInfo', 'ERR_MSG', 'error_description', 'reason', '"Desc"']) {
    assert.equal(extractErrorText(`x=1\n${key}: sdk not init`), 'sdk not init', key);
  }
  assert.equal(extractErrorText('x=1\nmymsg: sdk not init'), '', 'a key inside a longer name is not one');
});
