/**
 * Reading the code index (/code-index.json): the pages its records lead to and how they are labelled.
 * URLs come from src/urls.ts, the helper that makes every URL of the site, so they are the pages' own.
 */
import { getShortMeaning } from '../catalog/queries.ts';
import type { CodeIndex, IndexEntry, IndexSystem } from '../exports/code-index.ts';
import { makeUrl } from '../urls.ts';

export function isRange(entry: IndexEntry): entry is IndexEntry & { to: string } {
  return entry.to !== undefined;
}

/** The page of a code (`/tencent-im/10010/`) or of a reserved range (`/tencent-im/120001-130000/`). */
export function getEntryUrl(index: CodeIndex, entry: IndexEntry): string {
  const { system, code } = entry;
  return isRange(entry)
    ? makeUrl({ kind: 'range', system, from: code, to: entry.to }, { base: index.base })
    : makeUrl({ kind: 'code', system, code }, { base: index.base });
}

export function getDomainUrl(index: CodeIndex, system: string, domain: string): string {
  return makeUrl({ kind: 'domain', system, domain }, { base: index.base });
}

/** "10010", or "120001–130000" for a range. */
export function getEntryLabel(entry: IndexEntry): string {
  return isRange(entry) ? `${entry.code}–${entry.to}` : entry.code;
}

/** The first clause of the message, as page titles show it. */
export function getEntryTitle(entry: IndexEntry): string {
  return getShortMeaning(entry.message);
}

export function findSystem(index: CodeIndex, id: string): IndexSystem | undefined {
  return index.systems.find((system) => system.id === id);
}

/** The system and domain an entry belongs to; the index always has both. */
export function getEntryPlace(index: CodeIndex, entry: IndexEntry): { system: IndexSystem; domain: IndexSystem['domains'][number] } {
  const system = findSystem(index, entry.system)!;
  return { system, domain: system.domains.find((domain) => domain.id === entry.domain)! };
}
