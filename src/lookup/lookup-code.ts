/** Exact code lookup, shared by the lookup box and the 404 page. */
import type { CodeIndex, IndexEntry } from '../exports/code-index.ts';
import { getDomainUrl, getEntryLabel, getEntryPlace, getEntryTitle, getEntryUrl, isRange } from './index-entries.ts';

export interface LookupHit {
  code: string;
  systemName: string;
  domainName: string;
  domainUrl: string;
  title: string;
  url: string;
}

/**
 * The catalog's codes with exactly this number, or else the reserved ranges that hold it; never a
 * near number. `systemId` keeps one system's.
 */
export function lookupCode(index: CodeIndex, code: string, systemId?: string): LookupHit[] {
  const inSystem = (entry: IndexEntry) => systemId === undefined || entry.system === systemId;
  const makeHit = (entry: IndexEntry, title: string): LookupHit => {
    const { system, domain } = getEntryPlace(index, entry);
    const domainUrl = getDomainUrl(index, system.id, domain.id);
    return { code, systemName: system.name, domainName: domain.name, domainUrl, title, url: getEntryUrl(index, entry) };
  };
  const exact = index.entries.filter((entry) => !isRange(entry) && entry.code === code && inSystem(entry));
  if (exact.length > 0) return exact.map((entry) => makeHit(entry, getEntryTitle(entry)));
  if (!/^-?\d+$/.test(code)) return [];
  const number = BigInt(code);
  return index.entries
    .filter((entry) => isRange(entry) && BigInt(entry.code) <= number && number <= BigInt(entry.to) && inSystem(entry))
    .map((entry) => makeHit(entry, `${getEntryLabel(entry)} ${getEntryTitle(entry)}`));
}
