import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePaste } from '../../../src/lookup/parse-paste.ts';
import { isConfident } from '../../../src/lookup/rank-matches.ts';
import { CONFIDENT_GAP, CONFIDENT_MIN_SCORE } from '../../../src/lookup/scores.ts';
import type { PasteMatch } from '../../../src/lookup/types.ts';
import { getTop, pasteIndex as index } from '../../helpers/paste-fixtures.ts';

test('isConfident: one clear match, or a lead of CONFIDENT_GAP', () => {
  assert.equal(isConfident([]), false);
  assert.equal(isConfident(parsePaste('10010', index)), true);
  assert.equal(isConfident(parsePaste('错误码 11', index)), false, 'two systems, nothing to choose');
  assert.equal(isConfident(parsePaste('WFC 错误码 11', index)), true, 'the hint chooses');
  assert.equal(isConfident(parsePaste('[V2TIMManager] login failed, code: 11', index)), true, 'a hint anywhere chooses too');
  assert.equal(isConfident(parsePaste('imsdk err 6013, trtc err 6012', index)), false, 'two codes marked alike');
  assert.equal(isConfident(parsePaste('{"ErrorCode":90001} 之后又出现 6012', index)), true, 'a label against a bare number');
  assert.equal(
    isConfident(parsePaste('12:00:01.200 I/App: open\n12:00:02.001 W/App: conversation 10010 is empty', index)),
    false,
    'a bare number in a log',
  );

  const match = (score: number): PasteMatch => ({ system: 's', code: String(score), value: String(score), score, reasons: [], spans: [] });
  assert.equal(isConfident([match(CONFIDENT_MIN_SCORE)]), true);
  assert.equal(isConfident([match(CONFIDENT_MIN_SCORE - 1)]), false);
  assert.equal(isConfident([match(100), match(100 - CONFIDENT_GAP)]), true);
  assert.equal(isConfident([match(100), match(100 - CONFIDENT_GAP + 1)]), false);
});

test("isConfident: another system's reserved range holding the number does not make an exact code ambiguous", () => {
  const exact: PasteMatch = { system: 'tencent-im', code: '20007', value: '20007', score: 100, reasons: [], spans: [] };
  const range: PasteMatch = { system: 'openim', code: '20001', value: '20007', score: 100, reasons: [], spans: [] };
  const otherExact: PasteMatch = { system: 'easemob', code: '20007', value: '20007', score: 100, reasons: [], spans: [] };
  assert.equal(isConfident([exact, range]), true);
  assert.equal(isConfident([exact, range, otherExact]), false, 'two exact codes still ask');
  assert.equal(isConfident([range, exact]), false, 'a range first is no exact code');
});

test('isConfident: a number as clear as the top one before the message was checked is a rival', () => {
  const match = (value: string, score: number, system = 's'): PasteMatch => ({ system, code: value, value, score, reasons: [], spans: [] });
  const read = [match('6013', 100), match('30801', 100)];
  // The pasted text agreed with 6013 and lifted it past the gap; the paste still named two errors alike.
  const agreed = [match('6013', 100 + CONFIDENT_GAP), match('30801', 100)];
  assert.equal(isConfident(agreed), true);
  assert.equal(isConfident(agreed, read), false);
  assert.equal(isConfident(agreed, [match('6013', 100), match('30801', 100 - CONFIDENT_GAP)]), true, 'a weaker number is no rival');
  // The same number in another system is no rival: the message may decide between those.
  const shared = [match('6013', 100 + CONFIDENT_GAP), match('6013', 100, 'other')];
  assert.equal(isConfident(shared, [match('6013', 100), match('6013', 100, 'other')]), true);
});

test('repeats add a little, capped, and say how often the code appears', () => {
  const once = getTop('ErrorCode: 10010').score;
  const twice = getTop('ErrorCode: 10010, ErrorCode: 10010');
  const often = getTop(Array.from({ length: 8 }, () => 'ErrorCode: 10010').join(', '));
  assert.equal(twice.score, once + 3);
  assert.equal(often.score, once + 9);
  assert.ok(twice.reasons.includes('出现 2 次'));
});

test('equal scores keep the paste order', () => {
  const [first, second] = parsePaste('错误码 6013，错误码 6012', index);
  assert.deepEqual([first?.code, second?.code], ['6013', '6012']);
});
