/** Facts about codes derived from the catalog, shared by every page that shows a code. */
import type { Catalog, CatalogDomain, CatalogSystem } from './model.ts';
import { compareCodes } from './compare-codes.ts';
import type { Code } from './schema.ts';

/** A code with the system and domain it belongs to. */
export interface CodeEntry {
  system: CatalogSystem;
  domain: CatalogDomain;
  code: Code;
}

export function getCodeEntries(catalog: Catalog): CodeEntry[] {
  return catalog.systems.flatMap((system) => system.domains.flatMap((domain) => domain.codes.map((code) => ({ system, domain, code }))));
}

const CLAUSE_END = /([，。,；;：:！!？?（(])/;
const MIN_SHORT_LENGTH = 4;
const MAX_SHORT_LENGTH = 24;

/**
 * The message's first clause, short enough for a title: "群组不存在，或者…" → "群组不存在". A clause too
 * short to say anything takes the next one along: "因禁言，禁止发送消息" stays whole.
 */
export function getShortMeaning(message: string): string {
  const parts = message.replace(/\s+/g, ' ').trim().split(CLAUSE_END);
  let short = '';
  for (let index = 0; index < parts.length; index += 2) {
    const clause = parts[index]!.trim();
    if (clause === '') continue;
    short = short === '' ? clause : `${short}${parts[index - 1]}${clause}`;
    if ([...short].length >= MIN_SHORT_LENGTH) break;
  }
  const characters = [...(short || message)];
  return characters.length > MAX_SHORT_LENGTH ? `${characters.slice(0, MAX_SHORT_LENGTH - 1).join('')}…` : characters.join('');
}

/** "10010 群组不存在": how a code is named in titles and links. */
export function getCodeTitle(code: Code): string {
  return `${code.code} ${getShortMeaning(code.message)}`;
}

/** Codes grouped by their exact message, for "other codes with the same message". */
export function groupByMessage(entries: readonly CodeEntry[]): Map<string, CodeEntry[]> {
  return Map.groupBy(entries, (entry) => entry.code.message);
}

export function countCodes(system: CatalogSystem): number {
  return system.domains.reduce((sum, domain) => sum + domain.codes.length, 0);
}

/** "6001–7000", or the single code. */
export function getCodeRange(domain: CatalogDomain): string {
  const first = domain.codes[0]!.code;
  const last = domain.codes.at(-1)!.code;
  return first === last ? first : `${first}–${last}`;
}

/** Every code number with the codes that carry it, sorted by number: the number-only pages. */
export function groupByNumber(entries: readonly CodeEntry[]): [string, CodeEntry[]][] {
  return [...Map.groupBy(entries, (entry) => entry.code.code)].sort(([a], [b]) => compareCodes({ code: a }, { code: b }));
}

/** "腾讯云 IM 10010：群组不存在": how a code is named outside the site, e.g. in a ticket. */
export function getCitationLabel(entry: CodeEntry): string {
  return `${entry.system.name} ${entry.code.code}：${getShortMeaning(entry.code.message)}`;
}

/** A constant-time lookup of a system's code, for code that runs once per page. */
export function makeCodeFinder(catalog: Catalog): (system: string, code: string) => CodeEntry | undefined {
  const bySystem = Map.groupBy(getCodeEntries(catalog), (entry) => entry.system.id);
  const index = new Map([...bySystem].map(([system, entries]) => [system, new Map(entries.map((entry) => [entry.code.code, entry]))]));
  return (system, code) => index.get(system)?.get(code);
}
