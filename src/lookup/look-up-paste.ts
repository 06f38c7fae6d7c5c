/**
 * What the lookup box does with a paste, decided without the page: open one code's page, list
 * several codes, say a number is not in the catalog, list codes whose message matches, or hand the
 * text to full-text search. The box (src/browser/lookup/code-lookup.ts) only renders the outcome;
 * `npm run bench:pastes` times this same function.
 */
import type { CodeIndex } from '../exports/code-index.ts';
import { parseCodeQuery } from './code-query.ts';
import { extractErrorText } from './error-text.ts';
import type { ForeignError } from './foreign-errors.ts';
import { guessDomain, type DomainGuess } from './guess-domain.ts';
import { matchMessages, prepareMessages } from './match-messages.ts';
import { checkAgreement } from './message-agreement.ts';
import { readPaste } from './parse-paste.ts';
import { prepareIndex } from './prepared-index.ts';
import { getPasteHits, type PasteHit } from './paste-hits.ts';
import { isConfident } from './rank-matches.ts';
import { CONFIDENT_MIN_SCORE, RANGE_PENALTY } from './scores.ts';
import { getSearchQuery, type SearchQuery } from './search-query.ts';
import type { PasteMatch } from './types.ts';

/**
 * Every outcome may also carry `search`: the search query with what a plain string loses (the code's
 * sign, the query in the catalog's words); `searchQuery` stays its `text`, cut to MAX_SEARCH_LENGTH.
 */
export type LookupOutcome =
  /** One clear code: its page opens. */
  | { kind: 'open'; hit: PasteHit }
  /** Several codes, most likely first; a hit whose pasted message contradicts the catalog has `hit.match.conflict`. */
  | { kind: 'codes'; hits: PasteHit[] }
  /**
   * A number the catalog does not have: the paste is that number, or labels it as an error code
   * (error_code:-10099) while its other numbers are less clearly codes (they are never offered instead).
   */
  | { kind: 'missing'; code: string; guess: DomainGuess | undefined; searchQuery: string; search?: SearchQuery }
  /** No code, but messages that match the paste's error text. */
  | { kind: 'messages'; hits: PasteHit[]; searchQuery: string; search?: SearchQuery }
  /**
   * Nothing: full-text search takes the query. `foreign` is set when the paste's number belongs to an
   * error domain that is not IM (NSURLErrorDomain, errno, signal, exit code, HTTP…): say what it is.
   */
  | { kind: 'search'; searchQuery: string; search?: SearchQuery; foreign?: ForeignError };

/** Long enough for a phrase, short enough to stay readable in the search dialog's one-line field. */
const MAX_SEARCH_LENGTH = 60;
const MAX_MESSAGE_HITS = 5;
/** Error texts are short: this much is read for message matching and for the check against the catalog. */
const MAX_MESSAGE_TEXT = 600;
/** A paste whose numbers are all unmarked is listed only when it has this few: a log's many are noise. */
const MAX_UNMARKED_NUMBERS = 3;

/**
 * Builds the tables every lookup reads (codes, names, the catalog's message features) for `index` now, instead of
 * in the reader's first lookup; each is built once per index object.
 */
export function prepareLookup(index: CodeIndex): void {
  prepareIndex(index);
  prepareMessages(index);
}

export function lookUpPaste(paste: string, index: CodeIndex): LookupOutcome {
  const reading = readPaste(paste, index);
  // A one-line paste is its own error text (its message fields, when it has them); a longer one is
  // read for its message fields only, and searched by them or else as a whole.
  const trimmed = paste.trim();
  const multiLine = trimmed.includes('\n');
  const errorText = extractErrorText(paste);
  const systemNames = new Map(index.systems.map((system) => [system.id, system.name]));
  // One message is checked against the codes; a log's several messages belong to different codes.
  const agreementText = errorText.includes('\n') ? '' : (errorText || (multiLine ? '' : trimmed)).slice(0, MAX_MESSAGE_TEXT);
  const matches = getShownMatches(checkAgreement(agreementText, reading.matches, index, systemNames));
  const unknown = reading.unknownLabels[0];
  const searchText = multiLine ? errorText || trimmed : trimmed;
  const fullQuery = getSearchQuery(unknown?.value ?? searchText);
  const search = { ...fullQuery, text: fullQuery.text.slice(0, MAX_SEARCH_LENGTH) };
  const searchQuery = search.text;
  if (unknown && (matches[0]?.score ?? 0) < unknown.score) {
    return { kind: 'missing', code: unknown.value, guess: guessDomain(index, unknown.value), searchQuery, search };
  }
  if (matches.length > 0) {
    const hits = getPasteHits(index, matches, paste);
    // A contradicted reading of the top number is shown beside it, with its note, rather than opened past.
    const contradicted = matches.some((match) => match.conflict && match.value === matches[0]!.value);
    return isConfident(matches, reading.matches) && !contradicted ? { kind: 'open', hit: hits[0]! } : { kind: 'codes', hits };
  }
  const foreign = reading.foreign[0];
  if (foreign) return { kind: 'search', searchQuery, search, foreign };
  const code = parseCodeQuery(paste);
  if (code !== undefined) return { kind: 'missing', code, guess: guessDomain(index, code), searchQuery, search };
  // A log with no message field is no message: matching all of it would only find noise, slowly.
  const messageText = searchText.length <= MAX_MESSAGE_TEXT ? searchText : '';
  const hits = getPasteHits(index, matchMessages(messageText, index, MAX_MESSAGE_HITS), paste);
  return hits.length > 0 ? { kind: 'messages', hits, searchQuery, search } : { kind: 'search', searchQuery, search };
}

/**
 * The matches worth a card: when one is marked as a code, those marked about as well (a log's unmarked
 * numbers, such as "(302-byte body)", are dropped); when none is, the unmarked ones only if they are few.
 */
function getShownMatches(matches: readonly PasteMatch[]): PasteMatch[] {
  const marked = CONFIDENT_MIN_SCORE - RANGE_PENALTY;
  if ((matches[0]?.score ?? 0) >= marked) return matches.filter((match) => match.score >= marked);
  return new Set(matches.map((match) => match.value)).size <= MAX_UNMARKED_NUMBERS ? [...matches] : [];
}
