import type { Position } from '../problems.ts';

/** Every occurrence of a key after its first, with the first occurrence's place. */
export function findDuplicates(entries: Iterable<{ key: string; at: Position }>): { key: string; at: Position; first: Position }[] {
  const firsts = new Map<string, Position>();
  const duplicates: { key: string; at: Position; first: Position }[] = [];
  for (const { key, at } of entries) {
    const first = firsts.get(key);
    if (first) duplicates.push({ key, at, first });
    else firsts.set(key, at);
  }
  return duplicates;
}
