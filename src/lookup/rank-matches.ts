/**
 * From mentions to ranked matches: each mention scored for the entry it names (range penalty, system
 * hints), mentions of one entry gathered into one match with a little for each repeat, then sorted.
 */
import type { PreparedIndex } from './prepared-index.ts';
import { CONFIDENT_GAP, CONFIDENT_MIN_SCORE, MAX_REPEAT_BONUS, RANGE_PENALTY, REPEAT_BONUS } from './scores.ts';
import type { Span } from './spans.ts';
import { getHintBonus, type HintFound } from './system-hints.ts';
import type { LookupEntry, Mention, PasteMatch } from './types.ts';

interface Scored {
  score: number;
  reasons: string[];
}

interface Found {
  entry: LookupEntry;
  value: string;
  best: Scored;
  /** How each other occurrence was marked; their hint reasons would only repeat the best one's. */
  otherReasons: string[];
  spans: Span[];
}

/** Mentions gathered per entry and value, as they are added. */
export type FoundMatches = Map<string, Found>;

/** A mention's score for one entry it names: its mark, less for a range, more for a hint of the entry's system. */
export function scoreMention(norm: string, entry: LookupEntry, mention: Mention, hints: Map<string, HintFound[]>): Scored {
  const reasons = [mention.reason];
  let score = mention.score;
  if (entry.to !== undefined) {
    score -= RANGE_PENALTY;
    reasons.push(`在 ${entry.code}–${entry.to} 范围内`);
  }
  const hint = getHintBonus(norm, entry.system, mention, hints);
  if (hint) {
    score += hint.bonus;
    reasons.push(hint.reason);
  }
  return { score, reasons };
}

/** Mentions of one entry with one value are one match: its best reading, plus a little for each repeat. */
export function addFound(found: FoundMatches, entry: LookupEntry, mention: Mention, scored: Scored): void {
  const key = `${entry.system}\u0000${entry.code}\u0000${mention.value}`;
  const span = { start: mention.start, end: mention.end };
  const existing = found.get(key);
  if (!existing) {
    found.set(key, { entry, value: mention.value, best: scored, otherReasons: [], spans: [span] });
    return;
  }
  existing.spans.push(span);
  if (scored.score > existing.best.score) {
    existing.otherReasons.push(existing.best.reasons[0]!);
    existing.best = scored;
  } else {
    existing.otherReasons.push(scored.reasons[0]!);
  }
}

/** Best first; ties keep the paste's order, then the index's. */
export function rankMatches(found: FoundMatches, prepared: PreparedIndex): PasteMatch[] {
  return [...found.values()]
    .map((item) => ({ match: toMatch(item), order: prepared.order.get(item.entry)! }))
    .sort((a, b) => b.match.score - a.match.score || a.match.spans[0]!.start - b.match.spans[0]!.start || a.order - b.order)
    .map(({ match }) => match);
}

function toMatch(found: Found): PasteMatch {
  const repeats = found.spans.length - 1;
  const reasons = [...new Set([...found.best.reasons, ...found.otherReasons])];
  if (repeats > 0) reasons.push(`出现 ${found.spans.length} 次`);
  return {
    system: found.entry.system,
    code: found.entry.code,
    value: found.value,
    score: found.best.score + Math.min(MAX_REPEAT_BONUS, REPEAT_BONUS * repeats),
    reasons,
    spans: found.spans.sort((a, b) => a.start - b.start),
  };
}

/**
 * Whether the top match is clear enough to open its page directly: it scores at least CONFIDENT_MIN_SCORE, is
 * alone or leads the next by CONFIDENT_GAP, and had no rival number in `read`, the matches before a pasted
 * message was checked against them (see hasRivalNumber); `read` defaults to `matches`.
 */
export function isConfident(matches: readonly PasteMatch[], read: readonly PasteMatch[] = matches): boolean {
  const [top] = matches;
  // A number inside a reserved range pays RANGE_PENALTY for ordering, not for confidence.
  if (!top || top.score < CONFIDENT_MIN_SCORE - (top.code === top.value ? 0 : RANGE_PENALTY)) return false;
  // Another system's reserved range holding the same number never makes an exact code ambiguous (Tencent's 20007
  // and OpenIM's 20001–29999): the range is listed, but the exact code is what the number names.
  const isRangeOfTopNumber = (match: PasteMatch) => top.code === top.value && match.value === top.value && match.code !== match.value;
  const next = matches.slice(1).find((match) => !isRangeOfTopNumber(match));
  return (next === undefined || top.score - next.score >= CONFIDENT_GAP) && !hasRivalNumber(read, matches);
}

/**
 * Whether the paste names another number about as clearly as the top one, before the message was checked
 * ("err 6013 sdk not init; then err 30801 …"): two errors are a question, and agreement with a message only orders
 * their cards. Another system's code with the same number is no rival: the message may well decide between those.
 */
function hasRivalNumber(read: readonly PasteMatch[], shown: readonly PasteMatch[]): boolean {
  const top = read.find((match) => match.value === shown[0]?.value);
  const values = new Set(shown.map((match) => match.value));
  return (
    top !== undefined &&
    read.some((match) => values.has(match.value) && match.value !== top.value && top.score - match.score < CONFIDENT_GAP)
  );
}
