/** The points of the paste reader's ranking, in one place so their balance can be read and tuned together. */

/** The points that separate a clear winner from the next match. */
const CONFIDENT_GAP_POINTS = 20;

/** Base scores, one per way a number can be marked as an error code, strongest first. */
export const MARK_SCORES = {
  label: 100,
  name: 90,
  status: 80,
  callback: 75,
  errorWord: 60,
  bareShort: 40,
  /**
   * A name other software uses too (NetworkError, PERMISSION_DENIED: data/shared-names.json): listed, but it opens
   * a page only with its system's hint just before it, not by agreeing with its own words (GENERAL_ERROR: "general error").
   */
  sharedName: 15,
  bareLong: 10,
} as const;

/**
 * A system hint is worth about one step: enough for "imsdk err 6013" to beat an unhinted error word,
 * and, anywhere in the paste, to settle a number two systems share by the gap isConfident asks for.
 */
export const HINT_NEAR_BONUS = 25;
export const HINT_ANYWHERE_BONUS = CONFIDENT_GAP_POINTS;
/** An exact code says more than a range that merely contains the number. */
export const RANGE_PENALTY = 5;
/** Repeats break ties between codes marked alike; capped so a noisy log's repetition cannot outrank a label. */
export const REPEAT_BONUS = 3;
export const MAX_REPEAT_BONUS = 9;

/** The top match may open its page directly when it scores at least this (a bare number alone in a short paste does)… */
export const CONFIDENT_MIN_SCORE = MARK_SCORES.bareShort;
/** …and leads the next match by at least this (one kind of mark, or a system hint). */
export const CONFIDENT_GAP = CONFIDENT_GAP_POINTS;

/** A pasted message that agrees with the code's catalog message: about one kind of mark. */
export const AGREE_BONUS = CONFIDENT_GAP_POINTS;
/** A pasted message that says something else: the code drops below one that agrees. */
export const CONFLICT_PENALTY = CONFIDENT_GAP_POINTS;
