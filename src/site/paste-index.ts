/** The lookup box's view of the code index for the paste parser, and the way back from a match to a page. */
import type { CodeIndex } from '../exports/code-index.ts';
import { findSystem, getEntryLabel, getEntryTitle, getEntryUrl } from '../lookup/index-entries.ts';
import type { PasteIndex, PasteMatch } from '../lookup/parse-paste.ts';

export interface PasteHit {
  match: PasteMatch;
  systemName: string;
  /** "10010", or "120001–130000" for a range. */
  label: string;
  title: string;
  url: string;
}

export function makePasteIndex(index: CodeIndex): PasteIndex {
  return {
    entries: index.entries.map(({ system, code, to, name, message }) => ({
      system,
      code,
      ...(to === undefined ? {} : { to }),
      message,
      ...(name ? { name } : {}),
    })),
    systemHints: Object.fromEntries(index.systems.map((system) => [system.id, system.hints])),
  };
}

/** The page each match leads to; a match the index does not know (it always does) is dropped. */
export function getPasteHits(index: CodeIndex, matches: readonly PasteMatch[]): PasteHit[] {
  return matches.flatMap((match) => {
    const entry = index.entries.find((candidate) => candidate.system === match.system && candidate.code === match.code);
    if (!entry) return [];
    const systemName = findSystem(index, entry.system)!.name;
    return [{ match, systemName, label: getEntryLabel(entry), title: getEntryTitle(entry), url: getEntryUrl(index, entry) }];
  });
}

/**
 * Words that are on no page's index (错误, error, failed, 报错, code…) but people paste around a code or
 * a message. Pagefind needs every word of a query, so the search gets the query without them.
 */
const NOISE_WORDS =
  /(?:错误码|错误|报错|失败|异常|返回|提示|出现|\berror(?:code|_code|info|msg)?\b|\berrcode\b|\bfailed\b|\bfail\b|\bexception\b|\bcode\b|\bmsg\b|\bmessage\b)/gi;

export function getSearchQuery(text: string): string {
  const cleaned = text
    .replace(/[{}[\]"'`:=,，。：；;|()（）]/g, ' ')
    .replace(NOISE_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned === '' ? text.trim() : cleaned;
}
