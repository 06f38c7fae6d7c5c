/**
 * Catalog entries whose message matches free text (Chinese or English): the lookup's answer when a
 * paste names no code.
 */
import { sum } from './collections.ts';
import { mergeSpans, type Span } from './spans.ts';
import { getTextFeatures, groupFeatures } from './text-features.ts';
import type { LookupEntry, LookupIndex, PasteMatch } from './types.ts';

/** A message must share at least this share of the paste's known words, weighted, to be offered. */
const MIN_MESSAGE_COVERAGE = 0.5;
/** The share of a message score that measures the text's coverage; the rest measures the message's. */
const QUERY_WEIGHT = 0.75;

interface MessageIndex {
  features: { entry: LookupEntry; keys: Set<string>; weight: number }[];
  idf: Map<string, number>;
}

const messageIndexes = new WeakMap<LookupIndex, MessageIndex>();

/**
 * Entries whose message best matches the text, best first, at most `limit`.
 *
 * Both sides become features (text-features.ts). Rare features weigh more (inverse document frequency
 * over the index). The score (0–100) is ¾ how much of the text's known features the message has and ¼
 * how much of the message they cover, so that of two messages with the same words the shorter, more
 * specific one wins.
 */
export function matchMessages(text: string, index: LookupIndex, limit = 5): PasteMatch[] {
  const messages = prepareMessages(index);
  const query = groupFeatures(getTextFeatures(text));
  const known = [...query.keys()].filter((key) => messages.idf.has(key));
  const queryWeight = sum(known.map((key) => messages.idf.get(key)!));
  if (queryWeight === 0) return [];
  return messages.features
    .map(({ entry, keys, weight }) => {
      const matched = known.filter((key) => keys.has(key));
      const matchedWeight = sum(matched.map((key) => messages.idf.get(key)!));
      const coverage = matchedWeight / queryWeight;
      return { entry, matched, coverage, score: 100 * (QUERY_WEIGHT * coverage + (1 - QUERY_WEIGHT) * (matchedWeight / weight)) };
    })
    .filter((candidate) => candidate.coverage >= MIN_MESSAGE_COVERAGE)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ entry, matched, score }) =>
      makeMessageMatch(
        text,
        entry,
        Math.round(score),
        matched.flatMap((key) => query.get(key)!),
      ),
    );
}

function makeMessageMatch(text: string, entry: LookupEntry, score: number, spans: Span[]): PasteMatch {
  const merged = mergeSpans(spans);
  const quoted = merged.slice(0, 4).map((span) => `“${text.slice(span.start, span.end)}”`);
  return { system: entry.system, code: entry.code, value: entry.code, score, reasons: [`信息相符：${quoted.join('、')}`], spans: merged };
}

function prepareMessages(index: LookupIndex): MessageIndex {
  let messages = messageIndexes.get(index);
  if (messages) return messages;
  const entryKeys = index.entries.map((entry) => ({ entry, keys: new Set(getTextFeatures(entry.message).map((feature) => feature.key)) }));
  const frequency = new Map<string, number>();
  for (const { keys } of entryKeys) for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const idf = new Map([...frequency].map(([key, count]) => [key, Math.log(1 + index.entries.length / count)]));
  const features = entryKeys.map(({ entry, keys }) => ({ entry, keys, weight: sum([...keys].map((key) => idf.get(key)!)) }));
  messages = { features, idf };
  messageIndexes.set(index, messages);
  return messages;
}
