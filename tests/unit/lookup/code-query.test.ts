import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCodeQuery } from '../../../src/lookup/code-query.ts';

describe('parseCodeQuery', () => {
  it('accepts a code as people paste it', () => {
    for (const input of [
      '10010',
      ' 10010 ',
      'code=10010',
      '错误码 10010',
      '错误码：10010',
      'ErrorCode: 10010',
      '１００１０',
      'errcode 10010。',
    ]) {
      assert.equal(parseCodeQuery(input), '10010', input);
    }
  });

  it('leaves phrases and mixed text to full-text search', () => {
    for (const input of ['群组不存在', '10010 群组', 'sig过期', '', 'code=abc']) {
      assert.equal(parseCodeQuery(input), undefined, input);
    }
  });

  it('keeps the minus sign, whichever minus was typed', () => {
    assert.equal(parseCodeQuery('-6'), '-6');
    assert.equal(parseCodeQuery('ErrorCode: -6'), '-6');
    assert.equal(parseCodeQuery('错误码：−6'), '-6');
    assert.equal(parseCodeQuery('＃10010'), '10010');
  });

  it('never takes two numbers, a URL, or a number too long to be a code', () => {
    for (const input of ['10010 10011', 'https://example.com/10010', '1234567890123', '10010-10011']) {
      assert.equal(parseCodeQuery(input), undefined, input);
    }
    assert.equal(parseCodeQuery('123456789012'), '123456789012');
  });
});
