/**
 * The numbers of a paste that may be error codes, each scored by how it is marked: labelled, a
 * status, a callback's first argument, next to an error word, or bare. Counts, sizes, durations and
 * HTTP statuses are dropped here.
 */
import { findNumbers, isStandalone } from './find-numbers.ts';
import { readLabel } from './read-label.ts';
import { MARK_SCORES } from './scores.ts';
import type { Mention } from './types.ts';
import { ERROR_WORD_AFTER, ERROR_WORD_BEFORE, HTTP_REASON_AFTER, UNIT_AFTER } from './words.ts';

/** How far back "登录失败 (6206)" or "send failed, 6012" may put the error word. */
const ERROR_WORD_WINDOW = 16;

/** `shortPaste`: a one-line question about its numbers, where a bare number counts more than in a log. */
export function findNumberMentions(norm: string, shortPaste: boolean): Mention[] {
  const mentions: Mention[] = [];
  for (const number of findNumbers(norm)) {
    if (!isStandalone(norm, number)) continue;
    const marked = readMark(norm, number.start, number.end, Number(number.value), shortPaste);
    if (marked) mentions.push({ value: number.value, start: number.start, end: number.end, ...marked });
  }
  return mentions;
}

function readMark(
  norm: string,
  start: number,
  end: number,
  number: number,
  shortPaste: boolean,
): { score: number; reason: string } | undefined {
  const label = readLabel(norm, start);
  // "code 200 OK": the reason phrase says HTTP whatever the label.
  if (label.kind === 'never' || (isHttpStatus(number) && hasHttpReasonAfter(norm, end))) return undefined;
  if (label.kind === 'label') {
    return { score: MARK_SCORES.label, reason: label.json ? `JSON 字段 ${label.key}` : `写在“${label.key}”后面` };
  }
  if (label.kind === 'status') {
    return isHttpStatus(number) ? undefined : { score: MARK_SCORES.status, reason: `写在“${label.key}”后面` };
  }
  if (hasUnitAfter(norm, end)) return undefined;
  if (label.kind === 'callback') return { score: MARK_SCORES.callback, reason: `${label.key} 的第一个参数` };
  const errorWord = label.kind === 'errorWord' ? label.key : (errorWordAfter(norm, end) ?? errorWordBefore(norm, start));
  if (errorWord) return { score: MARK_SCORES.errorWord, reason: `紧挨“${errorWord}”` };
  return shortPaste
    ? { score: MARK_SCORES.bareShort, reason: '单独的数字' }
    : { score: MARK_SCORES.bareLong, reason: '日志里没有标明的数字' };
}

function isHttpStatus(number: number): boolean {
  return number >= 100 && number <= 599;
}

/** A count, size or duration (1024 bytes, 200 ms, 3 次, 2021年), but not "70001 日志如下". */
function hasUnitAfter(norm: string, end: number): boolean {
  UNIT_AFTER.lastIndex = end;
  return UNIT_AFTER.test(norm);
}

/** An HTTP status line ("404 Not Found", "500 Internal Server Error"). */
function hasHttpReasonAfter(norm: string, end: number): boolean {
  HTTP_REASON_AFTER.lastIndex = end;
  return HTTP_REASON_AFTER.test(norm);
}

/** "6005请求失败", "70107错误", "10014 error". */
function errorWordAfter(norm: string, end: number): string | undefined {
  ERROR_WORD_AFTER.lastIndex = end;
  const match = ERROR_WORD_AFTER.exec(norm);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** "send msg failed, 6012": an error word a few characters before, after the key-based reading found nothing. */
function errorWordBefore(norm: string, start: number): string | undefined {
  return ERROR_WORD_BEFORE.exec(norm.slice(Math.max(0, start - ERROR_WORD_WINDOW), start))?.[1];
}
