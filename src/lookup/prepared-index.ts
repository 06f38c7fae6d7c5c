/**
 * The lookup tables the paste reader builds from an index: exact codes, ranges, constant names and
 * the system-hint pattern. The site reads many pastes against one index, so they are built once per
 * index object.
 */
import { push } from './collections.ts';
import { makeHintMatcher, type HintMatcher } from './system-hints.ts';
import type { LookupEntry, LookupIndex, Mention } from './types.ts';

export interface PreparedIndex {
  /** Each entry's position in the index: ties keep the index's order. */
  order: Map<LookupEntry, number>;
  exact: Map<string, LookupEntry[]>;
  ranges: { entry: LookupEntry; low: number; high: number }[];
  names: Map<string, LookupEntry[]>;
  hints: HintMatcher;
}

const preparedIndexes = new WeakMap<LookupIndex, PreparedIndex>();

export function prepareIndex(index: LookupIndex): PreparedIndex {
  let prepared = preparedIndexes.get(index);
  if (!prepared) {
    prepared = buildPrepared(index);
    preparedIndexes.set(index, prepared);
  }
  return prepared;
}

function buildPrepared(index: LookupIndex): PreparedIndex {
  const exact = new Map<string, LookupEntry[]>();
  const names = new Map<string, LookupEntry[]>();
  const ranges: PreparedIndex['ranges'] = [];
  for (const entry of index.entries) {
    if (entry.to === undefined) push(exact, entry.code, entry);
    else {
      const [low, high] = [Number(entry.code), Number(entry.to)].sort((a, b) => a - b) as [number, number];
      ranges.push({ entry, low, high });
    }
    // Every spelling of every meaning names the entry (kConnectionStatusKickedoff and Local_Cancel both name -7).
    for (const name of new Set([entry.name, ...(entry.names ?? [])])) if (name) push(names, name, entry);
  }
  return {
    order: new Map(index.entries.map((entry, position) => [entry, position])),
    exact,
    ranges,
    names,
    hints: makeHintMatcher(index.systems),
  };
}

/** The entries a mention names: exact codes first; a range only for systems without an exact code for the value. */
export function getMentionedEntries(mention: Mention, prepared: PreparedIndex): LookupEntry[] {
  if (mention.entry) return [mention.entry];
  const exact = prepared.exact.get(mention.value) ?? [];
  if (prepared.ranges.length === 0) return exact;
  const number = Number(mention.value);
  const systems = new Set(exact.map((entry) => entry.system));
  const inRanges = prepared.ranges
    .filter((range) => number >= range.low && number <= range.high && !systems.has(range.entry.system))
    .map((range) => range.entry);
  return [...exact, ...inRanges];
}
