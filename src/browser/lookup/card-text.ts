/**
 * The words on a lookup card, decided without the page: the meaning as the card shows it, and which
 * of its characters to mark as matching what the reader pasted.
 */

/** Punctuation that ends a clause; a colon ends a lead-in ("C 接口同步返回："), not the meaning. */
const CLAUSE_END = /[，。,；;！!？?]/g;
const LEAD_IN = /^[^，。,；;：:]{1,20}[：:]/;
/** About three lines of a phone-wide card; longer meanings end at a clause, never inside one. */
const MAX_CARD_LENGTH = 80;

/**
 * The whole message when it is short; otherwise its clauses up to about MAX_CARD_LENGTH characters and
 * "…". The first clause of the meaning (after a lead-in such as "C 接口同步返回：") is always whole.
 */
export function getCardMeaning(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim();
  const characters = [...text];
  if (characters.length <= MAX_CARD_LENGTH) return text;
  const meaningStart = LEAD_IN.exec(text)?.[0].length ?? 0;
  // Code units, not code points, from here: clause ends are all in the Basic Multilingual Plane.
  const limit = characters.slice(0, MAX_CARD_LENGTH).join('').length;
  const ends = [...text.matchAll(CLAUSE_END)].map((end) => end.index + 1).filter((end) => end > meaningStart + 1);
  const firstClauseEnd = ends[0] ?? text.length;
  const cut = Math.max(firstClauseEnd, ...ends.filter((end) => end <= limit));
  return cut >= text.length ? text : `${text.slice(0, cut).replace(/[，,；;]$/, '')}…`;
}

export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * The text in parts, the places where one of `words` occurs (ignoring case) marked. Words shorter than
 * two characters or without a letter mark nothing: a digit or a lone character would light up everywhere.
 */
export function markWords(text: string, words: readonly string[]): TextPart[] {
  const lower = text.toLowerCase();
  // A few characters change length when lowered ('İ'); their text is shown unmarked rather than mismarked.
  if (lower.length !== text.length || text === '') return text === '' ? [] : [{ text, marked: false }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of new Set(words.map((candidate) => candidate.trim().toLowerCase()))) {
    if (word.length < 2 || !/[\p{L}]/u.test(word)) continue;
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + word.length)) {
      marked.fill(true, at, at + word.length);
    }
  }
  const parts: TextPart[] = [];
  for (let index = 0; index < text.length; index++) {
    const last = parts.at(-1);
    if (last && last.marked === marked[index]) last.text += text[index];
    else parts.push({ text: text[index]!, marked: marked[index]! });
  }
  return parts;
}
