/**
 * The features message matching compares, Chinese and English alike: overlapping pairs of Chinese
 * characters, English words, and one key per glossary group found (glossary.ts), each placed in the text.
 */
import { push } from './collections.ts';
import { findGlossaryTerms } from './glossary.ts';
import { normalizeText } from './normalize-text.ts';
import type { Span } from './spans.ts';
import { CHINESE_VARIANTS, PARTICLES, STOPWORDS } from './words.ts';

export interface Feature extends Span {
  key: string;
}

/**
 * Chinese pairs, English words and glossary groups of a text, each with where it was found. A glossary
 * word stands for its group alone: its own pairs and words would weigh the paste's wording, not its meaning.
 */
export function getTextFeatures(text: string): Feature[] {
  // snake_case is words: REST errors (too_many_requests, service_resource_not_found) meet the glossary's "too many requests".
  let folded = normalizeText(text)
    .replace(/[A-Z]+/g, (letters) => letters.toLowerCase())
    .replace(/_/g, ' ');
  for (const [variant, canonical] of CHINESE_VARIANTS) folded = folded.replace(variant, canonical);
  const terms = findGlossaryTerms(folded);
  // Glossary words blanked (offsets kept), so pairs and words are read from what is left between them.
  let rest = folded;
  for (const { start, end } of terms) rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  const features: Feature[] = terms.flatMap(({ key, alsoKeys, start, end }) =>
    [key, ...alsoKeys].map((each) => ({ key: each, start, end })),
  );
  for (const run of rest.matchAll(/[\u4e00-\u9fff]+/g)) addChinesePairs(features, run[0], run.index, terms.length === 0);
  for (const word of rest.matchAll(/[a-z][a-z0-9]*/g)) {
    if (word[0].length >= 2 && !STOPWORDS.has(word[0]))
      features.push({ key: word[0], start: word.index, end: word.index + word[0].length });
  }
  return features;
}

/**
 * Overlapping pairs of characters: Chinese has no spaces, and pairs find 群组不存在 in 群组不存在，或者…
 * A lone character counts only when the text has nothing else (群, 踢 are glossary words). A pair holding
 * a particle (了, 的, 我…) is left out: 发的 and 了新 would match the wording of an unrelated message.
 */
function addChinesePairs(features: Feature[], run: string, at: number, alone: boolean): void {
  if (run.length === 1 && alone && !PARTICLES.has(run)) features.push({ key: run, start: at, end: at + 1 });
  for (let i = 0; i + 1 < run.length; i++) {
    if (!PARTICLES.has(run[i]!) && !PARTICLES.has(run[i + 1]!)) features.push({ key: run.slice(i, i + 2), start: at + i, end: at + i + 2 });
  }
}

/** Where each feature occurs, by key. */
export function groupFeatures(features: readonly Feature[]): Map<string, Span[]> {
  const grouped = new Map<string, Span[]>();
  for (const { key, start, end } of features) push(grouped, key, { start, end });
  return grouped;
}
