/**
 * A pasted message checked against the catalog's message for each code found: a code whose message
 * agrees with the paste goes up; one whose message says something else entirely (WildfireChat's 6 is
 * "token错误", the pasted "验证码或密码错误" is the app server's 6) goes down and carries a note in
 * plain words, and is never opened directly.
 */
import { WEAK_KEYS } from './glossary.ts';
import { getMatchedPieces, MIN_MESSAGE_COVERAGE, readMessageQuery, scoreMessage, type MessageQuery } from './match-messages.ts';
import { prepareIndex } from './prepared-index.ts';
import { AGREE_BONUS, CONFLICT_PENALTY } from './scores.ts';
import type { LookupEntry, LookupIndex, PasteMatch } from './types.ts';

/** Below this share of the paste's words, a message says something else. */
const CONFLICT_COVERAGE = 0.2;
/** A paste needs at least this many meaningful known words to contradict a message: one word is too little to judge. */
const MIN_CONFLICT_WORDS = 2;
/** How much of the paste's message a note quotes. */
const MAX_QUOTE = 24;

/**
 * The matches re-scored by how their catalog message meets the paste's error text, best first; each
 * contradicted one with `conflict` set. `systemNames` names systems in the notes (id → name).
 */
export function checkAgreement(
  errorText: string,
  matches: readonly PasteMatch[],
  index: LookupIndex,
  systemNames: ReadonlyMap<string, string> = new Map(),
): PasteMatch[] {
  if (matches.length === 0 || errorText.trim() === '') return [...matches];
  const query = readMessageQuery(errorText, index);
  const meaningful = query.known.filter((key) => !WEAK_KEYS.has(key));
  const entries = prepareIndex(index).exact;
  const checked = matches.map((match) => {
    const entry = (entries.get(match.code) ?? []).find((candidate) => candidate.system === match.system);
    if (!entry || meaningful.length === 0) return { match, agrees: false };
    const scored = scoreMessage(query, entry, index);
    if (scored.meaningful && scored.coverage >= MIN_MESSAGE_COVERAGE) {
      const { pieces } = getMatchedPieces(query, scored.matched);
      const reasons = [...match.reasons, `报错信息与目录说明一致：${pieces.slice(0, 4).join('、')}`];
      return { match: { ...match, score: match.score + AGREE_BONUS, reasons }, agrees: true };
    }
    if (meaningful.length >= MIN_CONFLICT_WORDS && scored.coverage < CONFLICT_COVERAGE) {
      return { match: { ...match, score: match.score - CONFLICT_PENALTY, conflict: makeConflictNote(query, entry) }, agrees: false };
    }
    return { match, agrees: false };
  });
  // Where another system's code with the same number agrees, the note says so.
  for (const item of checked) {
    const other = checked.find((candidate) => candidate.agrees && candidate.match.value === item.match.value);
    if (item.match.conflict && other) {
      const name = systemNames.get(other.match.system) ?? other.match.system;
      item.match.conflict += `；与${name}的 ${other.match.code} 一致，可能来自那里`;
    }
  }
  return checked.map(({ match }) => match).sort((a, b) => b.score - a.score);
}

function makeConflictNote(query: MessageQuery, entry: LookupEntry): string {
  const pasted = query.text.trim().replace(/\s+/g, ' ');
  const quote = pasted.length > MAX_QUOTE ? `${pasted.slice(0, MAX_QUOTE)}…` : pasted;
  return `粘贴的报错信息“${quote}”与目录里 ${entry.code} 的说明不符`;
}
