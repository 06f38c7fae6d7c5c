/** Numeric order of codes (negative ones first), exact for any length. */
export function compareCodes(a: { code: string }, b: { code: string }): number {
  const [left, right] = [BigInt(a.code), BigInt(b.code)];
  return left < right ? -1 : left > right ? 1 : 0;
}
