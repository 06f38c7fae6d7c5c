/**
 * Reads the catalog codes out of whatever a support engineer pastes: a log line, a REST response, an
 * exception, an issue title. Pure: no DOM, no Node APIs, so the lookup box and the CLI share it.
 *
 * Every digit run in the paste is read in its context. A run that is part of a larger token (time,
 * date, version, path, hex, id, file position, port, amount) is dropped before anything else; the rest
 * are scored by what labels them, and only numbers the index knows are returned.
 */
import { findNameMentions } from './find-names.ts';
import { findForeignLines, isOnForeignLine, type ForeignError } from './foreign-errors.ts';
import { normalizeText } from './normalize-text.ts';
import { findNumberMentions } from './number-mentions.ts';
import { getMentionedEntries, prepareIndex } from './prepared-index.ts';
import { addFound, rankMatches, scoreMention, type FoundMatches } from './rank-matches.ts';
import { MARK_SCORES } from './scores.ts';
import { findHints } from './system-hints.ts';
import type { LookupIndex, Mention, PasteMatch } from './types.ts';

/** Up to this length, on one line, a paste is a question about its numbers, not a log that happens to hold some. */
const SHORT_PASTE_LENGTH = 64;

/**
 * Catalog codes the paste mentions, best first; [] when none.
 *
 * Ranking, strongest first: labelled by an error-code word or key (错误码, ErrorCode, errCode,
 * error_code, errid, code, ret, result; status and 状态 only when the number is not an HTTP status) >
 * constant name > the first argument of an exception or error callback > a number next to
 * 错误/报错/失败/error > a bare number in a short paste > a bare number in a long log. A system hint
 * shortly before the number on its line adds 25, anywhere in the paste 20; each repeat adds 3 (at most 9);
 * a range entry loses 5, and an exact code of the same system hides it. Ties keep the paste's order,
 * then the index's. The points are in scores.ts.
 */
export function parsePaste(text: string, index: LookupIndex): PasteMatch[] {
  return readPaste(text, index).matches;
}

export interface PasteReading {
  matches: PasteMatch[];
  /** Numbers labelled as error codes (错误码, ErrorCode, error_code…) that the catalog lacks, in paste order. */
  unknownLabels: Mention[];
  /** Lines of foreign error domains (NSURLErrorDomain, errno, signal…): their numbers are not mentions. */
  foreign: ForeignError[];
}

/** parsePaste's matches, with what it set aside: labelled numbers the catalog lacks, foreign error domains. */
export function readPaste(text: string, index: LookupIndex): PasteReading {
  const prepared = prepareIndex(index);
  const norm = normalizeText(text);
  const hints = findHints(norm, prepared.hints);
  const foreignLines = findForeignLines(norm);
  const mentions = [...findNumberMentions(norm, isShortPaste(text)), ...findNameMentions(norm, prepared.names)].filter(
    (mention) => !isOnForeignLine(mention, foreignLines),
  );
  const found: FoundMatches = new Map();
  const unknownLabels: Mention[] = [];
  for (const mention of mentions) {
    const entries = getMentionedEntries(mention, prepared);
    if (entries.length === 0 && mention.score >= MARK_SCORES.label) unknownLabels.push(mention);
    for (const entry of entries) addFound(found, entry, mention, scoreMention(norm, entry, mention, hints));
  }
  const foreign = foreignLines.map(({ domain, code, note }) => ({ domain, note, ...(code === undefined ? {} : { code }) }));
  return { matches: rankMatches(found, prepared), unknownLabels, foreign };
}

function isShortPaste(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= SHORT_PASTE_LENGTH && !trimmed.includes('\n');
}
