/**
 * Whether what the reader typed is a code and nothing else ("10010", "错误码：10010", "ErrorCode: -6",
 * full-width "１００１０"), read with the paste reader's own normalising and number finding.
 */
import { findNumbers } from './find-numbers.ts';
import { normalizeText } from './normalize-text.ts';

/** An optional label (letters, CJK, underscores, spaces), a separator, and an optional "#". */
const LABEL_BEFORE = /^(?:[A-Za-z_\u4e00-\u9fff][A-Za-z_\u4e00-\u9fff ]{0,19})?\s*[:=]?\s*#?$/;
/** A sentence's closing punctuation. */
const PUNCTUATION_AFTER = /^\s*[。.,;]?$/;
/** Longer digit runs are ids, timestamps or phone numbers, never a code. */
const MAX_DIGITS = 12;

/** The code in the input, e.g. '10010' or '-6', or undefined when the input is something to search for instead. */
export function parseCodeQuery(input: string): string | undefined {
  const norm = normalizeText(input).trim();
  const numbers = findNumbers(norm);
  const only = numbers[0];
  if (numbers.length !== 1 || !only || only.end - only.digitsStart > MAX_DIGITS) return undefined;
  const fits = LABEL_BEFORE.test(norm.slice(0, only.start)) && PUNCTUATION_AFTER.test(norm.slice(only.end));
  return fits ? only.value : undefined;
}
