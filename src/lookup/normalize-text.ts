/**
 * One spelling for what people paste in many: full-width forms (１００１０, ：), odd spaces, minus signs
 * and dashes, curly quotes. Every replacement is one UTF-16 unit for one, so an offset into the
 * normalised text is also an offset into the original (matches are highlighted in the original).
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00a0]/g, ' ')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[\u201c\u201d]/g, '"');
}
