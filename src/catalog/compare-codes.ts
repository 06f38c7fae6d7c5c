/** Numeric order of codes without losing leading zeros or precision; small enough for the browser. */
export function compareCodes(a: { code: string }, b: { code: string }): number {
  return a.code.length - b.code.length || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
