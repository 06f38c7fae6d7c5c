/** Every item whose key an earlier item already had, with that first item. */
export function findDuplicates<T>(items: Iterable<T>, keyOf: (item: T) => string): { item: T; first: T }[] {
  const firsts = new Map<string, T>();
  const duplicates: { item: T; first: T }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, item);
    else duplicates.push({ item, first });
  }
  return duplicates;
}
