import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePaste } from '../../../src/lookup/parse-paste.ts';
import { findHints, getHintBonus, makeHintMatcher } from '../../../src/lookup/system-hints.ts';
import { getTop, pasteIndex as index } from '../../helpers/paste-fixtures.ts';

test('system hints match whole words or the head of a camel-case name, not other words', () => {
  assert.deepEqual(getTop('tim.login failed, code 11').reasons.at(-1), '附近提到 TIM');
  assert.equal(getTop('V2TIMManager.getInstance() code 11').system, 'tencent-im');
  assert.equal(getTop('WFCCNetworkService code 11').system, 'wildfirechat');
  assert.equal(getTop('WfcClient code 11').system, 'wildfirechat', 'WFCC does not hide WFC');
  assert.equal(getTop('TencentCloudChat code 11').system, 'tencent-im');
  for (const text of ['TIMEOUT code 11', 'timer fired, code 11', 'optimistic code 11']) {
    const [first, second] = parsePaste(text, index);
    assert.equal(first?.score, second?.score, text);
  }
});

test('a longer hint is taken whole, and reported as the catalog spells it', () => {
  const matcher = makeHintMatcher([{ id: 'tencent-im', hints: ['TIM', 'V2TIM'] }]);
  const found = findHints('v2timManager', matcher).get('tencent-im');
  assert.deepEqual(found, [{ start: 0, end: 5, system: 'tencent-im', hint: 'V2TIM' }]);
});

test('a hint counts more just before the number on its line than anywhere else', () => {
  const matcher = makeHintMatcher([{ id: 'wildfirechat', hints: ['WFC'] }]);
  const near = 'WFC err 11';
  assert.deepEqual(getHintBonus(near, 'wildfirechat', { start: 8, end: 10 }, findHints(near, matcher)), {
    bonus: 25,
    reason: '附近提到 WFC',
  });
  const far = 'WFC\nerr 11';
  assert.deepEqual(getHintBonus(far, 'wildfirechat', { start: 8, end: 10 }, findHints(far, matcher)), {
    bonus: 20,
    reason: '文中提到 WFC',
  });
  assert.equal(getHintBonus(near, 'tencent-im', { start: 8, end: 10 }, findHints(near, matcher)), undefined);
});

test('no hints, no pattern', () => {
  assert.equal(makeHintMatcher([{ id: 'a', hints: [] }]).regex, undefined);
  assert.equal(findHints('TIM 11', makeHintMatcher([])).size, 0);
});

test("readers' names for a system (data/system-words.json) join its catalog hints; Agora alone is not Agora Chat", () => {
  const matcher = makeHintMatcher([{ id: 'easemob', hints: ['easemob'] }]);
  assert.deepEqual(findHints('agora chat user not found', matcher).get('easemob'), [
    { start: 0, end: 10, system: 'easemob', hint: 'Agora Chat' },
  ]);
  assert.equal(findHints('Agora RTC error 17', matcher).size, 0);
  assert.equal(findHints('agora chat', makeHintMatcher([{ id: 'tencent-im', hints: ['TIM'] }])).size, 0, 'only for systems in the index');
});
