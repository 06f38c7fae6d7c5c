/** Where a number the catalog does not have most likely belongs, for the lookup box and the 404 page. */
import type { CodeIndex } from '../exports/code-index.ts';
import { getDomainUrl, getEntryPlace, isRange } from './index-entries.ts';

export interface DomainGuess {
  systemName: string;
  domainName: string;
  domainUrl: string;
  /** The vendor's note for codes of the domain it does not list. */
  otherCodes?: string;
}

/**
 * The domain whose codes of the same length share the longest leading digits with the number (at
 * least two, and no other domain as many); a negative number only ever meets negative codes.
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
