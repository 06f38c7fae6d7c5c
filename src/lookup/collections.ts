/** Small collection helpers the lookup's indexes share. */

/** Adds `value` to the list under `key`, making the list on first use. */
export function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
