import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CODE_KEYS, ERROR_WORD_AFTER, HTTP_REASON_AFTER, OTHER_KEYS, SEARCH_NOISE, UNIT_AFTER } from '../../../src/lookup/words.ts';

const data = new URL('../../../src/lookup/data/', import.meta.url);

test('no word list repeats a word, and ASCII keys are written as they are compared', () => {
  for (const file of readdirSync(data).filter((name) => name.endsWith('.json'))) {
    const lists = Object.entries(JSON.parse(readFileSync(new URL(file, data), 'utf8')) as Record<string, unknown>).filter(
      ([key, value]) => key !== '$comment' && Array.isArray(value) && value.every((item) => typeof item === 'string'),
    ) as [string, string[]][];
    for (const [key, words] of lists) assert.equal(new Set(words).size, words.length, `${file} ${key}`);
  }
  for (const key of [...CODE_KEYS, ...OTHER_KEYS]) assert.match(key, /^[a-z]+$/);
  assert.equal([...CODE_KEYS].filter((key) => OTHER_KEYS.has(key)).length, 0, 'a key is a code key or another key, not both');
});

function stickyAt(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

test('the patterns built from the lists', () => {
  assert.equal(stickyAt(UNIT_AFTER, ' seconds'), true);
  assert.equal(stickyAt(UNIT_AFTER, ' milliseconds'), true, 'timed out after 10001 milliseconds');
  assert.equal(stickyAt(UNIT_AFTER, '个人'), false, '个人 is no unit');
  assert.equal(stickyAt(UNIT_AFTER, '日志'), false, '日志 is no unit');
  assert.equal(stickyAt(HTTP_REASON_AFTER, ' Not Found'), true);
  assert.equal(stickyAt(HTTP_REASON_AFTER, ' Request Entity Too Large'), true, 'every standard reason phrase, not only the common ones');
  assert.equal(stickyAt(HTTP_REASON_AFTER, ' bad gateway'), true, 'as readers type it, in lower case');
  assert.equal(stickyAt(HTTP_REASON_AFTER, ' 未授权'), true, 'and in Chinese');
  assert.equal(stickyAt(ERROR_WORD_AFTER, '请求失败'), true);
  assert.equal(stickyAt(ERROR_WORD_AFTER, ' errors'), false, 'whole words only');
  assert.equal('errorcode: failed 错误码'.replace(SEARCH_NOISE, '').trim(), ':');
});
