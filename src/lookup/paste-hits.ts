/** From the paste reader's matches back to the pages they lead to. */
import type { CodeIndex } from '../exports/code-index.ts';
import { findSystem, getEntryLabel, getEntryTitle, getEntryUrl } from './index-entries.ts';
import type { PasteMatch } from './types.ts';

export interface PasteHit {
  match: PasteMatch;
  systemName: string;
  /** "10010", or "120001–130000" for a range. */
  label: string;
  title: string;
  url: string;
}

/** The page each match leads to, in the matches' order; a match the index does not know (it always does) is dropped. */
export function getPasteHits(index: CodeIndex, matches: readonly PasteMatch[]): PasteHit[] {
  return matches.flatMap((match) => {
    const entry = index.entries.find((candidate) => candidate.system === match.system && candidate.code === match.code);
    if (!entry) return [];
    const systemName = findSystem(index, entry.system)!.name;
    return [{ match, systemName, label: getEntryLabel(entry), title: getEntryTitle(entry), url: getEntryUrl(index, entry) }];
  });
}
