/** Character classes the paste reader tests one UTF-16 unit at a time (the text is normalised first). */

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

export function isLetter(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z'));
}

export function isWordChar(char: string | undefined): boolean {
  return isLetter(char) || isDigit(char) || char === '_';
}

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && char >= '\u4e00' && char <= '\u9fff';
}

export function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

export function isQuote(char: string | undefined): boolean {
  return char === '"' || char === "'";
}

/** Characters of a key or of the token before a number: identifiers, and file names, paths and versions so they can be recognised. */
export function isKeyChar(char: string | undefined): boolean {
  return isWordChar(char) || char === '.' || char === '-' || char === '/' || char === '$';
}

/** The position before the run of `accept` characters that ends at `end`, looking back at most `limit` characters. */
export function skipBack(text: string, end: number, accept: (char: string | undefined) => boolean, limit = 64): number {
  let i = end;
  while (i > 0 && end - i < limit && accept(text[i - 1])) i--;
  return i;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `(?:a|b|c)` matching any of the words literally, in the order given (the first that fits is taken). */
export function makeAlternation(words: readonly string[]): string {
  return `(?:${words.map(escapeRegExp).join('|')})`;
}
