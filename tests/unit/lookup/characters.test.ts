import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCjk, isKeyChar, isWordChar, makeAlternation, skipBack } from '../../../src/lookup/characters.ts';

test('character classes', () => {
  assert.deepEqual(['a', 'Z', '0', '_', '-', ' ', undefined].map(isWordChar), [true, true, true, true, false, false, false]);
  assert.deepEqual(['.', '/', '$', '-', ':'].map(isKeyChar), [true, true, true, true, false]);
  assert.deepEqual(['群', 'a', '，'].map(isCjk), [true, false, false]);
});

test('skipBack stops at the first character not accepted, or at the limit', () => {
  assert.equal(
    skipBack('ab  cd', 4, (char) => char === ' '),
    2,
  );
  assert.equal(
    skipBack('aaaaaa', 6, (char) => char === 'a', 4),
    2,
  );
});

test('an alternation matches its words literally', () => {
  const pattern = new RegExp(`^${makeAlternation(['a.b', 'c+'])}$`);
  assert.equal(pattern.test('a.b'), true);
  assert.equal(pattern.test('axb'), false);
  assert.equal(pattern.test('c+'), true);
});
