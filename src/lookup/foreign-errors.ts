/**
 * Error domains that are not IM (data/foreign-errors.json): Apple's NSURLErrorDomain and its kin,
 * errno names, signals, exit codes, npm, HTTP status lines. Their numbers are never IM codes, so a
 * line naming one gives no mention, and the lookup says what the number is instead of opening a page.
 */
import foreignErrors from './data/foreign-errors.json' with { type: 'json' };
import { findNumbers, isStandalone } from './find-numbers.ts';
import type { Span } from './spans.ts';

/** What a number of a paste is when it is not an IM code. */
export interface ForeignError {
  /** The domain as a reader would look it up, e.g. 'NSURLErrorDomain', 'errno', 'signal'. */
  domain: string;
  /** The number on the line, e.g. '-1004', when there is one. */
  code?: string;
  /** Plain Chinese: what the number is and who gives it. */
  note: string;
}

interface ForeignLine extends Span, ForeignError {}

const DOMAINS = foreignErrors.domains.map((domain) => ({
  ...domain,
  regex: new RegExp(domain.pattern, domain.ignoreCase ? 'i' : ''),
}));

/** The lines of the normalised text that belong to a foreign domain, each with the domain and its first number. */
export function findForeignLines(norm: string): ForeignLine[] {
  const lines: ForeignLine[] = [];
  let start = 0;
  for (const line of norm.split('\n')) {
    const domain = DOMAINS.find((candidate) => candidate.regex.test(line));
    if (domain) {
      const marker = line.search(domain.regex);
      // The number the domain gives: the first after its marker, or else the line's first.
      const numbers = findNumbers(line).filter((number) => isStandalone(line, number));
      const number = numbers.find((candidate) => candidate.start > marker) ?? numbers[0];
      lines.push({ start, end: start + line.length, domain: domain.name, note: domain.note, ...(number ? { code: number.value } : {}) });
    }
    start += line.length + 1;
  }
  return lines;
}

/** Whether a span lies on one of the foreign lines. */
export function isOnForeignLine(span: Span, lines: readonly ForeignLine[]): boolean {
  return lines.some((line) => span.start >= line.start && span.end <= line.end);
}
