/** Exact code lookup, shared by the lookup box and the 404 page; runs in the browser and in unit tests. */
import type { CodeIndex, IndexEntry } from '../exports/code-index.ts';
import { getDomainUrl, getEntryLabel, getEntryPlace, getEntryTitle, getEntryUrl, isRange } from '../lookup/index-entries.ts';

export interface LookupHit {
  code: string;
  systemName: string;
  domainName: string;
  domainUrl: string;
  title: string;
  url: string;
}

export interface DomainGuess {
  systemName: string;
  domainName: string;
  domainUrl: string;
  otherCodes?: string;
}

const LABEL = String.raw`(?:[A-Za-z_\u4e00-\u9fff][A-Za-z_\u4e00-\u9fff ]{0,19})?`;
const CODE_QUERY = new RegExp(String.raw`^${LABEL}\s*[:=：]?\s*#?(-?\d{1,12})\s*[。.,，;；]?$`);

/**
 * The code in input as people paste it ("10010", " code=10010 ", "错误码 10010", "ErrorCode: 10010",
 * full-width "１００１０"), or undefined when the input is something to search for instead.
 */
export function parseCodeQuery(input: string): string | undefined {
  const normalized = input
    .replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
  return CODE_QUERY.exec(normalized)?.[1];
}

/**
 * The catalog's codes with exactly this number, or else the reserved ranges that hold it; never a
 * near number.
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

/**
 * The domain a number not in the catalog most likely belongs to: the one whose codes of the same
 * length share the longest leading digits with it (at least two, and no other domain as many).
 */
export function guessDomain(index: CodeIndex, code: string, systemId?: string): DomainGuess | undefined {
  const best = new Map<string, { prefix: number; guess: DomainGuess }>();
  for (const entry of index.entries) {
    const candidate = entry.code;
    if (isRange(entry) || candidate.length !== code.length || (systemId !== undefined && entry.system !== systemId)) continue;
    let prefix = 0;
    while (prefix < code.length && candidate[prefix] === code[prefix]) prefix++;
    const key = `${entry.system}/${entry.domain}`;
    if (prefix > (best.get(key)?.prefix ?? -1)) {
      const { system, domain } = getEntryPlace(index, entry);
      const domainUrl = getDomainUrl(index, system.id, domain.id);
      best.set(key, { prefix, guess: { systemName: system.name, domainName: domain.name, domainUrl, otherCodes: domain.otherCodes } });
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.prefix - a.prefix);
  const [first, second] = ranked;
  if (!first || first.prefix < 2 || first.prefix === second?.prefix) return undefined;
  return first.guess;
}

/** What a missing page's path asks for: `/<system>/<code>/` or `/<code>/`, below the base path. */
export function parseMissingPath(pathname: string, base: string): { systemId?: string; code?: string } {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is still worth reading as it is.
  }
  const relative = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\/+/, '');
  const segments = relative.split('/').filter(Boolean);
  const digits = segments.at(-1) && parseCodeQuery(segments.at(-1)!);
  if (!digits) return {};
  // "/tencent-im/010010/": leading zeros are never part of a code's number; a minus sign is.
  const code = digits.replace(/^(-?)0+(?=\d)/, '$1');
  return segments.length >= 2 ? { systemId: segments.at(-2)!.toLowerCase(), code } : { code };
}
