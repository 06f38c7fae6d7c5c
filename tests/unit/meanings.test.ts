/** A code's meanings as every layer reads them: the headline first, each with its context and names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getContext, getHeadline, getMeanings } from '../../src/catalog/meanings.ts';
import { getCitationLabel, getCodeEntries, getCodeTitle } from '../../src/catalog/queries.ts';
import { loadFixtureCatalog } from '../helpers/fixtures.ts';

const catalog = await loadFixtureCatalog('meanings');
const entry = (code: string) => getCodeEntries(catalog).find((candidate) => candidate.code.code === code)!;

describe('meanings', () => {
  it('gives a single-meaning code one meaning made of its own fields', () => {
    const meanings = getMeanings(entry('10010').code);
    assert.equal(meanings.length, 1);
    assert.deepEqual(
      { message: meanings[0]!.message, isOwn: meanings[0]!.isOwn, context: meanings[0]!.context, source: meanings[0]!.source },
      { message: '群组不存在。', isOwn: true, context: undefined, source: 'doc' },
    );
  });

  it("lists the code's own meaning first, anchored by its context, then the others with their names and English strings", () => {
    const meanings = getMeanings(entry('-6').code);
    assert.deepEqual(
      meanings.map((meaning) => [meaning.id, meaning.context, meaning.allNames]),
      [
        ['connection-status', 'connection-status', ['kConnectionStatusSecretKeyMismatch', 'ConnectionStatusSecretKeyMismatch']],
        ['local-nonet', 'operation-error', ['Local_NoNet', 'kEcMarsLocalNoNet']],
      ],
    );
    assert.deepEqual(meanings[1]!.english, [{ text: 'no network', source: 'header', line: 40 }]);
    assert.equal(meanings[1]!.category, 'invalid-request');
    assert.equal(getContext(entry('-6').system, 'operation-error').name, '操作失败回调');
  });

  it('heads a code with the current meaning that replaced its own, and titles the page by it', () => {
    const code = entry('6016').code;
    assert.deepEqual(
      getMeanings(code).map((meaning) => [meaning.id, meaning.isCurrent, meaning.isOwn]),
      [
        ['invalid-msg-elem', true, false],
        ['legacy-sdk', false, true],
      ],
    );
    assert.equal(getHeadline(code).message, '消息元素无效，SDK 不予发送。');
    assert.equal(getCodeTitle(code), '6016 消息元素无效');
    assert.equal(getCitationLabel(entry('6016')), '示例 IM 6016：消息元素无效');
  });
});
