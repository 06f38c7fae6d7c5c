/** Facts about codes derived from the catalog, shared by every page that shows a code. */
import type { Catalog, CatalogCode, CatalogDomain, CatalogRange, CatalogSystem } from './model.ts';
import { compareCodes } from './compare-codes.ts';
import { getHeadline } from './meanings.ts';
import type { Category, CodeRange, Source, System } from './schema.ts';

/** A code with the system and domain it belongs to. */
export interface CodeEntry {
  system: CatalogSystem;
  domain: CatalogDomain;
  code: CatalogCode;
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

/** "10010 群组不存在": how a code is named in titles and links, by its headline meaning. */
export function getCodeTitle(code: CatalogCode): string {
  return `${code.code} ${getShortMeaning(getHeadline(code).message)}`;
}

/** Codes grouped by their exact message, for "other codes with the same message". */
export function groupByMessage(entries: readonly CodeEntry[]): Map<string, CodeEntry[]> {
  return Map.groupBy(entries, (entry) => entry.code.message);
}

export function countCodes(system: CatalogSystem): number {
  return system.domains.reduce((sum, domain) => sum + domain.codes.length, 0);
}

/**
 * "6001–7000", or the single code; a domain's reserved ranges count towards its span. Negative spans
 * read "-9 至 -1": a dash between minus signs ("-9–-1") is hard to read.
 */
export function getCodeRange(domain: CatalogDomain): string {
  const numbers = [...domain.codes.map((code) => code.code), ...domain.ranges.flatMap((range) => range.range)]
    .map((code) => ({ code }))
    .sort(compareCodes);
  const first = numbers[0]!.code;
  const last = numbers.at(-1)!.code;
  if (first === last) return first;
  return first.startsWith('-') ? `${first} 至 ${last}` : `${first}–${last}`;
}

/** Every code number with the codes that carry it, sorted by number: the number-only pages. */
export function groupByNumber(entries: readonly CodeEntry[]): [string, CodeEntry[]][] {
  return [...Map.groupBy(entries, (entry) => entry.code.code)].sort(([a], [b]) => compareCodes({ code: a }, { code: b }));
}

/** "腾讯云 IM 10010：群组不存在": how a code is named outside the site, e.g. in a ticket. */
export function getCitationLabel(entry: CodeEntry): string {
  return `${entry.system.name} ${entry.code.code}：${getShortMeaning(getHeadline(entry.code).message)}`;
}

/** A constant-time lookup of a system's code, for code that runs once per page. */
export function makeCodeFinder(catalog: Catalog): (system: string, code: string) => CodeEntry | undefined {
  const bySystem = Map.groupBy(getCodeEntries(catalog), (entry) => entry.system.id);
  const index = new Map([...bySystem].map(([system, entries]) => [system, new Map(entries.map((entry) => [entry.code.code, entry]))]));
  return (system, code) => index.get(system)?.get(code);
}

/** A range with the system and domain it belongs to. */
export interface RangeEntry {
  system: CatalogSystem;
  domain: CatalogDomain;
  range: CatalogRange;
}

export function getRangeEntries(catalog: Catalog): RangeEntry[] {
  return catalog.systems.flatMap((system) => system.domains.flatMap((domain) => domain.ranges.map((range) => ({ system, domain, range }))));
}

/** "120001–130000": how a range is named in titles and tables. */
export function getRangeLabel(range: CodeRange): string {
  return `${range.range[0]}–${range.range[1]}`;
}

export function getSource(system: System, id: string): Source {
  const source = system.sources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`system ${system.id} has no source ${id}`);
  return source;
}

/**
 * Whose words a code's message is: the vendor's, copied verbatim from a seed document kept in
 * content/sources/, or the catalog's own, for every source that is only cited.
 */
export function getTextBy(source: Source): 'vendor' | 'catalog' {
  return source.file === undefined ? 'catalog' : 'vendor';
}

/** The address a reader opens to check a statement: the document, or the file at the defining line. */
export function getCitationUrl(source: Source, line?: number): string {
  return line === undefined ? source.url : `${source.url}#L${line}`;
}

export function getCategory(catalog: Catalog, id: string): Category {
  const category = catalog.categories.find((candidate) => candidate.id === id);
  if (!category) throw new Error(`no category ${id}`);
  return category;
}
