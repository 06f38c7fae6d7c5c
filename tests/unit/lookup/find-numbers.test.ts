import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNumbers, isStandalone } from '../../../src/lookup/find-numbers.ts';

const values = (text: string) => findNumbers(text).map((number) => number.value);
const standalone = (text: string) =>
  findNumbers(text)
    .filter((number) => isStandalone(text, number))
    .map((number) => number.value);

test('a minus sign belongs to the number; a hyphen does not', () => {
  assert.deepEqual(values('code: -4 (-5) 返回-3'), ['-4', '-5', '-3']);
  assert.deepEqual(values('31337-31402 utf-8'), ['31337', '31402', '8']);
  assert.deepEqual(findNumbers('x -6')[0], { value: '-6', start: 2, end: 4, digitsStart: 3 });
});

test('the digits of a URL are never numbers', () => {
  assert.deepEqual(values('GET https://console.tim.qq.com/v4/x?sdkappid=1400000000 code 6012'), ['6012']);
});

test('a number that is a piece of a larger token does not stand alone', () => {
  for (const text of ['v4', '0x1f3', '200ms', '5.1.60', '18:02:11', '2021-03-09', '/v4/x', '@TGS#2AB', '#5', '50%', '1,024']) {
    assert.deepEqual(standalone(text), [], text);
  }
});

test('list markers are not numbers, but a parenthesised code is', () => {
  assert.deepEqual(standalone('1) 加群报错 10014 2) 发消息报错 20007'), ['10014', '20007']);
  assert.deepEqual(standalone('1. 登录报错 6206\n2、 发消息报错 20007'), ['6206', '20007']);
  assert.deepEqual(standalone('登录失败 (code 6206)'), ['6206']);
});
