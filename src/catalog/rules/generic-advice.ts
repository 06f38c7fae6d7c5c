import { makeProblem, type Problem } from '../problems.ts';
import data from './data/generic-advice.json' with { type: 'json' };
import { getEntries, type LocatedEntry } from './each-code.ts';
import type { CatalogRule } from './types.ts';

const FILLERS = data.fillers.map((source) => new RegExp(source, 'g'));
const EXEMPT = new Set(data.exempt);

/** What is left of `advice` once the words that fit any code, punctuation and spaces are gone. */
function getSpecificPart(advice: string): string {
  return FILLERS.reduce((text, filler) => text.replace(filler, ''), advice).replace(/[\s\p{P}]/gu, '');
}

const HINT =
  'say what is specific to this code: what to log, which limit, API or setting to check; or that the vendor documents nothing more and ' +
  'what to send to support';

/**
 * Advice is read when something failed: "稍后重试；持续失败时联系厂商" on any code, or one sentence pasted
 * on many, tells the reader nothing the code's category did not. A doubt does not excuse it.
 */
export const genericAdvice: CatalogRule = {
  name: 'generic-advice',
  check: ({ domains }) => {
    const withAdvice = getEntries(domains).filter(({ entry }) => entry.advice !== undefined && !EXEMPT.has(entry.category));
    const byText = Map.groupBy(withAdvice, ({ entry }) => entry.advice!);
    return withAdvice.flatMap((located): Problem[] => {
      const advice = located.entry.advice!;
      const at = located.locate('advice');
      const same = byText.get(advice)!;
      if (same.length >= data.repeatLimit) {
        const others = same.filter((other) => other !== located).map((other: LocatedEntry) => `${other.system} ${other.label}`);
        return [
          makeProblem(at, `advice of code ${located.label} is repeated verbatim on ${same.length} codes (also ${others.join(', ')})`, HINT),
        ];
      }
      if ([...getSpecificPart(advice)].length < data.minimumSpecific)
        return [makeProblem(at, `advice of code ${located.label} only says to retry later or contact the vendor ("${advice}")`, HINT)];
      return [];
    });
  },
};
