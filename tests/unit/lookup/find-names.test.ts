import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNameMentions } from '../../../src/lookup/find-names.ts';
import type { LookupEntry } from '../../../src/lookup/types.ts';

const entry: LookupEntry = { system: 'tencent-im', code: '6013', name: 'ERR_SDK_NOT_INITIALIZED', message: 'SDK 未初始化' };
const names = new Map([[entry.name!, [entry]]]);

test('a constant name names its entry, whole words only', () => {
  const mentions = findNameMentions('TIMErrCode.ERR_SDK_NOT_INITIALIZED (x)', names);
  assert.deepEqual(mentions, [{ value: '6013', start: 11, end: 34, score: 90, reason: '常量名', entry }]);
  assert.deepEqual(findNameMentions('MY_ERR_SDK_NOT_INITIALIZED', names), []);
  assert.deepEqual(findNameMentions('err_sdk_not_initialized', names), [], 'names are case-sensitive');
});

test('no names, no mentions', () => {
  assert.deepEqual(findNameMentions('ERR_SDK_NOT_INITIALIZED', new Map()), []);
});

test('a name other software uses too (data/shared-names.json) is a weaker mark than an IM constant', () => {
  const shared: LookupEntry = {
    system: 'openim',
    code: '90004',
    name: 'NetworkError',
    message: '服务端向外发起的 HTTP 请求失败',
  };
  const mentions = findNameMentions('TypeError: NetworkError when attempting to fetch resource.', new Map([['NetworkError', [shared]]]));
  const reason = '常量名（别的软件也用）';
  assert.deepEqual(mentions, [{ value: '90004', start: 11, end: 23, score: 15, reason, entry: shared }]);
});
