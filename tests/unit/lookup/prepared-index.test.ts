import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePaste } from '../../../src/lookup/parse-paste.ts';
import { getMentionedEntries, prepareIndex } from '../../../src/lookup/prepared-index.ts';
import type { LookupIndex } from '../../../src/lookup/types.ts';
import { getTop, pasteIndex as index } from '../../helpers/paste-fixtures.ts';

test('a number inside a range matches the range, with the number as found', () => {
  const match = getTop('ErrorCode: 125000');
  assert.deepEqual([match.system, match.code, match.value], ['tencent-im', '120001', '125000']);
  assert.ok(match.reasons.includes('在 120001–130000 范围内'));
  assert.equal(getTop('ErrorCode: 130000').value, '130000');
  assert.deepEqual(parsePaste('ErrorCode: 120000', index), []);
});

const withExact: LookupIndex = {
  entries: [
    { system: 'a', code: '120001', to: '130000', message: '回调返回的自定义错误码' },
    { system: 'a', code: '125000', message: '某个具体错误' },
    { system: 'b', code: '125000', to: '125999', message: '另一系统的范围' },
  ],
  systems: [],
};

test("an exact code beats a range: it hides its own system's range and outranks another's", () => {
  const matches = parsePaste('ErrorCode: 125000', withExact);
  assert.deepEqual(
    matches.map((match) => [match.system, match.code, match.value]),
    [
      ['a', '125000', '125000'],
      ['b', '125000', '125000'],
    ],
  );
  assert.ok(matches[0]!.score > matches[1]!.score);
});

test('the tables are built once per index object', () => {
  assert.equal(prepareIndex(withExact), prepareIndex(withExact));
  const mention = { value: '125500', start: 0, end: 6, score: 100, reason: '' };
  assert.deepEqual(
    getMentionedEntries(mention, prepareIndex(withExact)).map((entry) => [entry.system, entry.code]),
    [
      ['a', '120001'],
      ['b', '125000'],
    ],
  );
});
