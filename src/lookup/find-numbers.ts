/**
 * The one reading of numbers in pasted text, shared by the lookup box, the 404 page, the CLI and the
 * search query: digit runs of the normalised text (normalize-text.ts) outside URLs, each with its
 * minus sign when it has one, and whether it stands alone or is only a piece of a larger token.
 */
import { isDigit, isSpace, isWordChar, skipBack } from './characters.ts';
import type { Span } from './spans.ts';

export interface NumberToken extends Span {
  /** '10010', '-6': the digits as written, with the minus sign; `start` is the sign's position. */
  value: string;
  /** Where the digits start (after the sign). */
  digitsStart: number;
}

const URL_PATTERN = /\b(?:https?|wss?|ftp|file):\/\/[^\s"'<>]*/gi;

/** Every number of the normalised text, in order; the digits of URLs are never numbers. */
export function findNumbers(norm: string): NumberToken[] {
  const urls = [...norm.matchAll(URL_PATTERN)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const numbers: NumberToken[] = [];
  let url = 0;
  for (const run of norm.matchAll(/\d+/g)) {
    while (url < urls.length && urls[url]!.end <= run.index) url++;
    if (url < urls.length && urls[url]!.start <= run.index) continue;
    const negative = hasMinus(norm, run.index);
    const start = negative ? run.index - 1 : run.index;
    numbers.push({ value: `${negative ? '-' : ''}${run[0]}`, start, end: run.index + run[0].length, digitsStart: run.index });
  }
  return numbers;
}

/** A minus sign, not a hyphen: nothing word-like before it ("code: -4", "返回-3", "(-5)"), unlike "31337-31402" or "utf-8". */
function hasMinus(norm: string, digitsStart: number): boolean {
  const before = norm[digitsStart - 2];
  return norm[digitsStart - 1] === '-' && !isWordChar(before) && before !== '.' && before !== '-';
}

/** Whether the number is one on its own, not a piece of a larger token, a thousands group or a list marker. */
export function isStandalone(norm: string, number: NumberToken): boolean {
  const { start, end, digitsStart } = number;
  return !isPartOfToken(norm, start, end) && !isInThousands(norm, digitsStart, end) && !isListMarker(norm, start, end);
}

const ID_SIGILS = new Set(['#', '@', '$', '¥', '+', '~', '^', '&']);
const AFTER_SIGILS = new Set(['%', '‰', '°', '℃']);

/**
 * Whether the number is only a piece of a larger token: an identifier or hex (v4, 0x1f3, @TGS#2AB),
 * a value with a unit glued on (200ms), a version or file position (5.1.60, msg_mgr.cpp.88), a time
 * or date (18:02:11, 2021-03-09), pid-tid (31337-31402), a path (/v4/…), an amount or percentage.
 */
function isPartOfToken(norm: string, start: number, end: number): boolean {
  const before = norm[start - 1];
  const beforeThat = norm[start - 2];
  const after = norm[end];
  const afterThat = norm[end + 1];
  return (
    isWordChar(before) ||
    isWordChar(after) ||
    before === '-' ||
    (before === '.' && isWordChar(beforeThat)) ||
    (after === '.' && isWordChar(afterThat)) ||
    (before === ':' && isDigit(beforeThat)) ||
    ((after === ':' || after === '-') && isDigit(afterThat)) ||
    before === '/' ||
    before === '\\' ||
    after === '/' ||
    after === '\\' ||
    ID_SIGILS.has(before ?? '') ||
    AFTER_SIGILS.has(after ?? '')
  );
}

/** "1,024" and "6,013" are one number; a run of up to three digits before ",ddd", or three after "d,", is a piece of it. */
function isInThousands(norm: string, digitsStart: number, end: number): boolean {
  const length = end - digitsStart;
  const groupAfter = length <= 3 && norm[end] === ',' && isThreeDigitGroup(norm, end + 1);
  const groupBefore = length === 3 && norm[digitsStart - 1] === ',' && !isDigit(norm[end]) && leadingGroupEndsAt(norm, digitsStart - 1);
  return groupAfter || groupBefore;
}

function isThreeDigitGroup(norm: string, start: number): boolean {
  return isDigit(norm[start]) && isDigit(norm[start + 1]) && isDigit(norm[start + 2]) && !isDigit(norm[start + 3]);
}

function leadingGroupEndsAt(norm: string, comma: number): boolean {
  const from = skipBack(norm, comma, isDigit, 4);
  return comma - from >= 1 && comma - from <= 3 && !isDigit(norm[from - 1]);
}

/** How far back on its line an opening parenthesis makes a following ")" its own. */
const PAREN_WINDOW = 80;

/**
 * List numbering in issue text: "1) 加群报错 10014 2) 发消息报错 20007", or "1." / "1、" opening a line.
 * A ")" closing a "(" earlier on the line ("(code 6013)") is no marker.
 */
function isListMarker(norm: string, start: number, end: number): boolean {
  const after = norm[end];
  if (after === ')') {
    const before = norm.slice(Math.max(0, start - PAREN_WINDOW), start);
    const lineStart = before.lastIndexOf('\n') + 1;
    return before.lastIndexOf('(') < lineStart;
  }
  const indent = skipBack(norm, start, isSpace);
  const opensLine = indent === 0 || norm[indent - 1] === '\n';
  return opensLine && (after === '、' || (after === '.' && isSpace(norm[end + 1])));
}
