import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndexContext, IndexEntry } from '../../../src/exports/code-index.ts';
import { chooseMeaning } from '../../../src/lookup/choose-meaning.ts';

const contexts: IndexContext[] = [
  { id: 'connection-status', name: '连接状态回调', hints: ['onConnectionStatusChange', '连接状态'] },
  { id: 'operation-error', name: '操作失败回调', hints: ['onFail', '发送'] },
];
const entry: IndexEntry = {
  system: 'wildfirechat',
  domain: 'connection-status',
  code: '-6',
  message: '会话密钥对不上',
  category: 'auth',
  retry: 'no',
  actor: 'client-dev',
  meanings: [
    {
      id: 'connection-status',
      context: 'connection-status',
      message: '会话密钥对不上',
      names: ['kConnectionStatusSecretKeyMismatch'],
    },
    { id: 'local-nonet', context: 'operation-error', message: '没有可用网络', names: ['Local_NoNet'] },
  ],
};

describe('chooseMeaning', () => {
  it('takes the meaning whose context words the paste has', () => {
    assert.deepEqual(chooseMeaning(entry, contexts, '发送消息返回 -6'), {
      kind: 'one',
      meaning: entry.meanings![1],
      reason: '从上下文看是操作失败回调',
    });
    assert.equal(chooseMeaning(entry, contexts, 'onConnectionStatusChange(-6)').kind, 'one');
  });

  it('takes the meaning a constant name of the paste belongs to, before context words', () => {
    const choice = chooseMeaning(entry, contexts, '发送 Local_NoNet');
    assert.equal(choice.kind === 'one' && choice.meaning.id, 'local-nonet');
  });

  it('shows every meaning when the paste says nothing, or points at both contexts', () => {
    assert.deepEqual(chooseMeaning(entry, contexts, 'wildfire -6'), { kind: 'undecided', meanings: entry.meanings });
    assert.equal(chooseMeaning(entry, contexts, '连接状态 -6，发送失败').kind, 'undecided');
  });

  it('matches a context word whole, not inside another word', () => {
    assert.equal(chooseMeaning(entry, contexts, 'onFailover -6').kind, 'undecided');
  });

  it('leaves a code with one meaning alone', () => {
    assert.deepEqual(chooseMeaning({ ...entry, meanings: undefined }, contexts, '发送 -6'), { kind: 'single' });
  });
});
