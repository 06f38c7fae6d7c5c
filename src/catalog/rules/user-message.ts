import { makeProblem } from '../problems.ts';
import jargon from './data/user-message-jargon.json' with { type: 'json' };
import { getAnswers } from './each-answer.ts';
import type { CatalogRule } from './types.ts';

const JARGON_FILE = 'src/catalog/rules/data/user-message-jargon.json';

/** The first developer word of a text, or its code's number: what an end user cannot read. */
function getUnreadable(text: string, code: string): string | undefined {
  const lower = text.toLowerCase();
  const word = jargon.words.find((candidate) => lower.includes(candidate.toLowerCase()));
  if (word) return word;
  // The code's digits on their own, not inside a longer number ("50 MB" on code 5 is not the code).
  return new RegExp(`(?<![\\d-])${code.replace('-', '\\-')}(?!\\d)`).test(text) ? code : undefined;
}

/** A user message is for the app's end user: plain Chinese, without the code or a developer's words. */
export const userMessage: CatalogRule = {
  name: 'user-message',
  check: ({ domains }) =>
    getAnswers(domains).flatMap(({ answer, code, label, locate }) => {
      const word = answer.userMessage === undefined ? undefined : getUnreadable(answer.userMessage, code);
      if (word === undefined) return [];
      return [
        makeProblem(
          locate('userMessage'),
          `${label} shows the end user "${word}" in "userMessage"`,
          `say what happened and what the user can do, in plain Chinese without codes or developer words (${JARGON_FILE} lists them)`,
        ),
      ];
    }),
};
