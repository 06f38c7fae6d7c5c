import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeSpans } from '../../../src/lookup/spans.ts';

test('overlapping and touching spans are joined, in text order', () => {
  assert.deepEqual(
    mergeSpans([
      { start: 8, end: 10 },
      { start: 0, end: 3 },
      { start: 2, end: 5 },
      { start: 5, end: 6 },
    ]),
    [
      { start: 0, end: 6 },
      { start: 8, end: 10 },
    ],
  );
  assert.deepEqual(mergeSpans([]), []);
});
