/**
 * Words naming a system in a paste (TIM, V2TIM, ActionStatus, WFC, 野火…; `hints` in each catalog
 * system.yaml), and the bonus they give a code of that system.
 */
import { escapeRegExp, isLetter } from './characters.ts';
import { push } from './collections.ts';
import systemWords from './data/system-words.json' with { type: 'json' };
import { HINT_ANYWHERE_BONUS, HINT_NEAR_BONUS } from './scores.ts';
import type { Span } from './spans.ts';
import type { LookupIndex } from './types.ts';

interface Hint {
  system: string;
  /** As the catalog spells it. */
  hint: string;
}

export interface HintFound extends Span, Hint {}

export interface HintMatcher {
  regex: RegExp | undefined;
  byLowercase: Map<string, Hint>;
}

/** A hint this close before a number (same line) labels that number, as in "imsdk err 6013". */
const HINT_NEAR_DISTANCE = 24;

/** Readers' names for a system that its catalog hints lack (data/system-words.json), by system id. */
const READER_HINTS: Readonly<Record<string, readonly string[]>> = systemWords.hints;

export function makeHintMatcher(systems: LookupIndex['systems']): HintMatcher {
  const byLowercase = new Map<string, Hint>();
  for (const { id: system, hints } of systems) {
    for (const hint of [...hints, ...(READER_HINTS[system] ?? [])]) {
      if (hint && !byLowercase.has(hint.toLowerCase())) byLowercase.set(hint.toLowerCase(), { system, hint });
    }
  }
  if (byLowercase.size === 0) return { regex: undefined, byLowercase };
  // Longest first, so "V2TIM" is taken whole rather than as "TIM".
  const alternatives = [...byLowercase.values()]
    .map(({ hint }) => hint)
    .sort((a, b) => b.length - a.length)
    .map(hintPattern);
  return { regex: new RegExp(alternatives.join('|'), 'g'), byLowercase };
}

/**
 * A hint matches in any case as a whole word or as a camel-case part (V2TIMManager, WFCCNetworkService,
 * getTIMManager), so "TIM" is found there but not in "TIMEOUT", "time" or "optimal". Letters become
 * [Tt] classes instead of using the i flag, which would make the case tests of the boundaries
 * case-blind too. A hint's Chinese edge ("野火" in "野火IM") needs no boundary.
 */
function hintPattern(hint: string): string {
  const body = [...hint].map((char) => (isLetter(char) ? `[${char.toUpperCase()}${char.toLowerCase()}]` : escapeRegExp(char))).join('');
  const startsWord = isLetter(hint[0]) ? '(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))' : '';
  // A camel-case word goes on with one capital then lower case ("Manager"); "TIMEOUT" goes on in capitals.
  const endsWord = isLetter(hint.at(-1)) ? '(?=[A-Z][a-z]|[^A-Za-z]|$)' : '';
  return `${startsWord}${body}${endsWord}`;
}

/** The hints in the normalised text, by system, in text order. */
export function findHints(norm: string, matcher: HintMatcher): Map<string, HintFound[]> {
  const found = new Map<string, HintFound[]>();
  if (!matcher.regex) return found;
  for (const match of norm.matchAll(matcher.regex)) {
    const hint = matcher.byLowercase.get(match[0].toLowerCase())!;
    push(found, hint.system, { start: match.index, end: match.index + match[0].length, ...hint });
  }
  return found;
}

/** What the system's hints add to a mention: more shortly before it on its line, less anywhere else. */
export function getHintBonus(
  norm: string,
  system: string,
  mention: Span,
  hints: Map<string, HintFound[]>,
): { bonus: number; reason: string } | undefined {
  const ofSystem = hints.get(system) ?? [];
  const near = ofSystem.find((hint) => isNearBefore(norm, hint, mention));
  if (near) return { bonus: HINT_NEAR_BONUS, reason: `附近提到 ${near.hint}` };
  const anywhere = ofSystem[0];
  return anywhere && { bonus: HINT_ANYWHERE_BONUS, reason: `文中提到 ${anywhere.hint}` };
}

/** Before the number on its line, close, and with no other number between: "imsdk err 6013" labels 6013, not a later 6012. */
function isNearBefore(norm: string, hint: HintFound, mention: Span): boolean {
  if (hint.end > mention.start || mention.start - hint.end > HINT_NEAR_DISTANCE) return false;
  return !/[\d\n]/.test(norm.slice(hint.end, mention.start));
}
