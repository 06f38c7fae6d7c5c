/**
 * The features message matching compares, Chinese and English alike: overlapping pairs of Chinese
 * characters, English words, and the Chinese of the glossary's English phrases, each placed in the text.
 */
import { escapeRegExp } from './characters.ts';
import { push } from './collections.ts';
import { normalizeText } from './normalize-text.ts';
import type { Span } from './spans.ts';
import { CHINESE_VARIANTS, GLOSSARY, STOPWORDS } from './words.ts';

export interface Feature extends Span {
  key: string;
}

const GLOSSARY_MATCHER = makeGlossaryMatcher();

function makeGlossaryMatcher(): { pattern: RegExp; chinese: Map<string, readonly string[]> } {
  const chinese = new Map<string, readonly string[]>();
  for (const { english, chinese: terms } of GLOSSARY) for (const phrase of english) chinese.set(phrase, terms);
  const phrases = [...chinese.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { pattern: new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'g'), chinese };
}

/** Chinese pairs, English words and glossary translations of a text, each with where it was found. */
export function getTextFeatures(text: string): Feature[] {
  let folded = normalizeText(text).replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  for (const [variant, canonical] of CHINESE_VARIANTS) folded = folded.replace(variant, canonical);
  const features: Feature[] = [];
  for (const run of folded.matchAll(/[\u4e00-\u9fff]+/g)) {
    addChinesePairs(features, run[0], (offset, length) => ({ start: run.index + offset, end: run.index + offset + length }));
  }
  for (const word of folded.matchAll(/[a-z][a-z0-9]*/g)) {
    if (word[0].length >= 2 && !STOPWORDS.has(word[0]))
      features.push({ key: word[0], start: word.index, end: word.index + word[0].length });
  }
  for (const phrase of folded.matchAll(GLOSSARY_MATCHER.pattern)) {
    const english = { start: phrase.index, end: phrase.index + phrase[0].length };
    for (const term of GLOSSARY_MATCHER.chinese.get(phrase[0])!) addChinesePairs(features, term, () => english);
  }
  return features;
}

/**
 * Overlapping pairs of characters: Chinese has no spaces, and pairs find 群组不存在 in 群组不存在，或者…
 * `spanOf` places a pair: in the text for a run found there, on its English for a glossary translation.
 */
function addChinesePairs(features: Feature[], run: string, spanOf: (offset: number, length: number) => Span): void {
  if (run.length === 1) features.push({ key: run, ...spanOf(0, 1) });
  for (let i = 0; i + 1 < run.length; i++) features.push({ key: run.slice(i, i + 2), ...spanOf(i, 2) });
}

/** Where each feature occurs, by key. */
export function groupFeatures(features: readonly Feature[]): Map<string, Span[]> {
  const grouped = new Map<string, Span[]>();
  for (const { key, start, end } of features) push(grouped, key, { start, end });
  return grouped;
}
