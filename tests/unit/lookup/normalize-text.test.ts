import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeText } from '../../../src/lookup/normalize-text.ts';

test('full-width forms, odd spaces, minus signs and curly quotes get their plain spelling', () => {
  assert.equal(normalizeText('错误码：７００５２'), '错误码:70052');
  assert.equal(normalizeText('ＥｒｒｏｒＣｏｄｅ＝１'), 'ErrorCode=1');
  assert.equal(normalizeText('code\u3000−6\u00a0–3'), 'code -6 -3');
  assert.equal(normalizeText('“群组不存在”'), '"群组不存在"');
});

test('every offset of the normalised text is an offset of the original', () => {
  const original = '错误码：７００５２，ｃｏｄｅ　−６';
  const normalised = normalizeText(original);
  assert.equal(normalised.length, original.length);
  assert.equal(original.slice(normalised.indexOf('70052'), normalised.indexOf('70052') + 5), '７００５２');
});

test('Chinese text and ASCII stay as they are', () => {
  assert.equal(normalizeText('群组不存在, code=10010。'), '群组不存在, code=10010。');
});
