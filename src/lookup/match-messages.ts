/**
 * Catalog entries whose message matches free text (Chinese or English): the lookup's answer when a
 * paste names no code, and the check of a pasted message against a code's (message-agreement.ts).
 */
import { getShortMeaning } from '../catalog/queries.ts';
import { sum } from './collections.ts';
import { findGlossaryTerms, isGroupKey, WEAK_KEYS } from './glossary.ts';
import { prepareIndex } from './prepared-index.ts';
import { mergeSpans, type Span } from './spans.ts';
import { findHints } from './system-hints.ts';
import { getTextFeatures, groupFeatures } from './text-features.ts';
import type { LookupEntry, LookupIndex, PasteMatch } from './types.ts';

/** A message must share at least this share of the text's known words, weighted, to be offered. */
export const MIN_MESSAGE_COVERAGE = 0.5;
/** The share of a message score that measures the text's coverage; the rest measures the message's. */
const QUERY_WEIGHT = 0.75;
/**
 * How much a character pair or an English word weighs beside a glossary group of the same rarity: a group is a
 * meaning (群满了 and 群成员数已达上限 both say 上限), a pair only wording (好友数量 and 聊天室数量 share 数量).
 * Tuned on corpus.yaml `words`: top-1 rises down to about 0.35, top-3 falls below it.
 */
const WORDING_WEIGHT = 0.4;
/**
 * A reader who names the system (野火, 环信, TIM…) means its codes: its message that scores over half the scale comes
 * before every other system's. Less (the code reader's 20) left 用户被拉黑 under the other systems' 对方把你拉黑; any
 * message at all put a 签名 of NetEase's user profile first for 云信 签名过期.
 */
const NAMED_SYSTEM_BONUS = 50;

interface MessageIndex {
  /** `keys`: of the whole text; `meaning`: of the message's first clause (what the title says) and its weight. */
  features: Map<LookupEntry, { keys: Set<string>; meaning: Set<string>; weight: number }>;
  idf: Map<string, number>;
}

/** The text read for matching: its known features, where they are, and the systems it names. */
export interface MessageQuery {
  text: string;
  known: string[];
  spans: Map<string, Span[]>;
  weight: number;
  /** Systems the text names (TIM, 野火, 环信…): their entries come first. */
  systems: Set<string>;
}

/** How one entry's message meets the text. */
export interface MessageScore {
  entry: LookupEntry;
  /** Known keys of the text the message has, weak ones included. */
  matched: string[];
  /** Share of the text's known weight the message has (0–1). */
  coverage: number;
  /** 0–100, plus a system bonus when the text names the entry's system. */
  score: number;
  /** Whether a key that is not weak matched: SDK, error or failed alone never make a match. */
  meaningful: boolean;
}

const messageIndexes = new WeakMap<LookupIndex, MessageIndex>();

/**
 * Entries whose message best matches the text, best first, at most `limit`.
 *
 * Both sides become features (text-features.ts); words naming a system are left out of them and
 * instead put that system's entries first. Rare features weigh more (inverse document frequency over
 * the index). The score (0–100) is ¾ how much of the text's known features the message has and ¼
 * how much of the message they cover, so that of two messages with the same words the shorter, more
 * specific one wins.
 */
export function matchMessages(text: string, index: LookupIndex, limit = 5): PasteMatch[] {
  const query = readMessageQuery(text, index);
  if (query.weight === 0) return [];
  return index.entries
    .map((entry) => scoreMessage(query, entry, index))
    .filter((candidate) => candidate.meaningful && candidate.coverage >= MIN_MESSAGE_COVERAGE)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((candidate) => makeMessageMatch(query, candidate));
}

export function readMessageQuery(text: string, index: LookupIndex): MessageQuery {
  const messages = prepareMessages(index);
  const hints = findHints(text, prepareIndex(index).hints);
  // The system's name says which system, not what went wrong: blanked, offsets kept; unless it is
  // also a glossary word (usersig names Tencent and means 签名).
  let blanked = text;
  for (const found of [...hints.values()].flat().filter((hint) => !isGlossaryWord(hint.hint))) {
    blanked = blanked.slice(0, found.start) + ' '.repeat(found.end - found.start) + blanked.slice(found.end);
  }
  const spans = groupFeatures(getTextFeatures(blanked));
  const known = [...spans.keys()].filter((key) => messages.idf.has(key));
  return { text, known, spans, weight: sum(known.map((key) => messages.idf.get(key)!)), systems: new Set(hints.keys()) };
}

export function scoreMessage(query: MessageQuery, entry: LookupEntry, index: LookupIndex): MessageScore {
  const messages = prepareMessages(index);
  const { keys, meaning, weight } = messages.features.get(entry)!;
  const idf = (key: string) => messages.idf.get(key)!;
  const matched = query.known.filter((key) => keys.has(key));
  const coverage = query.weight === 0 ? 0 : sum(matched.map(idf)) / query.weight;
  // How much of the message's meaning the text says: its first clause, not the advice after it.
  const meaningCoverage = weight === 0 ? 0 : sum(matched.filter((key) => meaning.has(key)).map(idf)) / weight;
  const bonus = query.systems.has(entry.system) ? NAMED_SYSTEM_BONUS : 0;
  const score = 100 * (QUERY_WEIGHT * coverage + (1 - QUERY_WEIGHT) * meaningCoverage) + bonus;
  return { entry, matched, coverage, score, meaningful: matched.some((key) => !WEAK_KEYS.has(key)) };
}

function isGlossaryWord(word: string): boolean {
  const lowercased = word.toLowerCase();
  return findGlossaryTerms(lowercased).some((term) => term.start === 0 && term.end === lowercased.length);
}

/** The pieces of the text that matched, weak words left out, in text order. */
export function getMatchedPieces(query: MessageQuery, matched: readonly string[]): { spans: Span[]; pieces: string[] } {
  const spans = mergeSpans(matched.filter((key) => !WEAK_KEYS.has(key)).flatMap((key) => query.spans.get(key)!));
  return { spans, pieces: spans.map((span) => query.text.slice(span.start, span.end).trim()).filter(Boolean) };
}

function makeMessageMatch(query: MessageQuery, candidate: MessageScore): PasteMatch {
  const { entry } = candidate;
  const { spans, pieces } = getMatchedPieces(query, candidate.matched);
  const reasons = [`报错信息与目录说明一致：${pieces.slice(0, 4).join('、')}`];
  return { system: entry.system, code: entry.code, value: entry.code, score: Math.round(candidate.score), reasons, spans };
}

/** Each entry's message features; the English strings and other names the catalog records count as its text. */
export function prepareMessages(index: LookupIndex): MessageIndex {
  let messages = messageIndexes.get(index);
  if (messages) return messages;
  const entryKeys = index.entries.map((entry) => ({
    entry,
    keys: new Set(getTextFeatures(getEntryText(entry)).map((feature) => feature.key)),
  }));
  const frequency = new Map<string, number>();
  for (const { keys } of entryKeys) for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const idf = new Map(
    [...frequency].map(([key, count]) => [key, Math.log(1 + index.entries.length / count) * (isGroupKey(key) ? 1 : WORDING_WEIGHT)]),
  );
  const features = new Map(
    entryKeys.map(({ entry, keys }) => {
      const meaning = new Set(getTextFeatures(getShortMeaning(entry.message)).map((feature) => feature.key));
      return [entry, { keys, meaning, weight: sum([...meaning].map((key) => idf.get(key) ?? 0)) }];
    }),
  );
  messages = { features, idf };
  messageIndexes.set(index, messages);
  return messages;
}

/**
 * The text an entry is matched by: its message, its English strings and its names (`english`, `names`:
 * read when the index carries them), and its constant's words (ERR_SDK_NOT_INITIALIZED → "sdk not initialized").
 */
function getEntryText(entry: LookupEntry): string {
  const names = [entry.name, ...(entry.names ?? [])].filter((name): name is string => name !== undefined);
  return [entry.message, ...(entry.english ?? []), ...names.map(getNameWords)].join('\n');
}

/**
 * A constant's words: ERR_SDK_NOT_INITIALIZED → "err sdk not initialized", kConnectionStatusKickedoff →
 * "connection status kickedoff", SDKNotLoginError → "sdk not login error" (a capital run ends where a word starts).
 */
function getNameWords(name: string): string {
  return name
    .replace(/^k(?=[A-Z])/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}
