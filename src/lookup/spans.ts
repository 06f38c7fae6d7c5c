/** A stretch of the pasted text, by UTF-16 offsets into the original (normalising keeps offsets). */
export interface Span {
  start: number;
  end: number;
}

/** Overlapping or touching spans joined, in text order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
