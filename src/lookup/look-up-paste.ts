/**
 * What the lookup box does with a paste, decided without the page: open one code's page, list
 * several codes, say a number is not in the catalog, list codes whose message matches, or hand the
 * text to full-text search. The box (src/browser/lookup/code-lookup.ts) only renders the outcome;
 * `npm run bench:pastes` times this same function.
 */
import type { CodeIndex } from '../exports/code-index.ts';
import { parseCodeQuery } from './code-query.ts';
import { extractErrorText } from './error-text.ts';
import { guessDomain, type DomainGuess } from './guess-domain.ts';
import { matchMessages } from './match-messages.ts';
import { parsePaste } from './parse-paste.ts';
import { getPasteHits, type PasteHit } from './paste-hits.ts';
import { isConfident } from './rank-matches.ts';
import { getSearchQuery } from './search-query.ts';

export type LookupOutcome =
  /** One clear code: its page opens. */
  | { kind: 'open'; hit: PasteHit }
  /** Several codes, most likely first. */
  | { kind: 'codes'; hits: PasteHit[] }
  /** The paste is a number the catalog does not have. */
  | { kind: 'missing'; code: string; guess: DomainGuess | undefined; searchQuery: string }
  /** No code, but messages that match the paste's error text. */
  | { kind: 'messages'; hits: PasteHit[]; searchQuery: string }
  /** Nothing: full-text search takes the query. */
  | { kind: 'search'; searchQuery: string };

/** Long enough for a phrase, short enough to stay readable in the search dialog's one-line field. */
const MAX_SEARCH_LENGTH = 60;
const MAX_MESSAGE_HITS = 5;

export function lookUpPaste(paste: string, index: CodeIndex): LookupOutcome {
  const matches = parsePaste(paste, index);
  if (matches.length > 0) {
    const hits = getPasteHits(index, matches);
    return isConfident(matches) ? { kind: 'open', hit: hits[0]! } : { kind: 'codes', hits };
  }
  // A one-line paste is searched as typed; a longer one by its error text.
  const trimmed = paste.trim();
  const errorText = trimmed.includes('\n') ? extractErrorText(paste) || trimmed : trimmed;
  const searchQuery = getSearchQuery(errorText).slice(0, MAX_SEARCH_LENGTH);
  const code = parseCodeQuery(paste);
  if (code !== undefined) return { kind: 'missing', code, guess: guessDomain(index, code), searchQuery };
  const hits = getPasteHits(index, matchMessages(errorText, index, MAX_MESSAGE_HITS));
  return hits.length > 0 ? { kind: 'messages', hits, searchQuery } : { kind: 'search', searchQuery };
}
