/** The held-out benchmarks' counts, overall and per family of cases (words-zh, json, logs…), in first-seen order. */
export function makeFamilyTally<T extends { [K in keyof T]: number }>(makeTally: () => T) {
  const overall = makeTally();
  const families = new Map<string, T>();
  /** Adds one to `field` of the family and of the overall tally, when `yes`. */
  const count = (family: string, field: keyof T, yes = true) => {
    const tally = families.get(family) ?? families.set(family, makeTally()).get(family)!;
    if (!yes) return;
    // Every field of T is a number; TypeScript cannot see that through a generic index.
    (overall as Record<keyof T, number>)[field]++;
    (tally as Record<keyof T, number>)[field]++;
  };
  return { overall, families, count };
}
