import assert from 'node:assert/strict';
import { test } from 'node:test';
import { push, sum } from '../../../src/lookup/collections.ts';

test('push makes the list on first use and appends after', () => {
  const map = new Map<string, number[]>();
  push(map, 'a', 1);
  push(map, 'a', 2);
  push(map, 'b', 3);
  assert.deepEqual(
    [...map],
    [
      ['a', [1, 2]],
      ['b', [3]],
    ],
  );
});

test('sum', () => {
  assert.equal(sum([]), 0);
  assert.equal(sum([1, 2, 3.5]), 6.5);
});
