/** The paste reader's hand-written test index (tests/fixtures/pastes/index.json) and its corpus. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { LookupOutcome } from '../../src/lookup/look-up-paste.ts';
import { parsePaste } from '../../src/lookup/parse-paste.ts';
import type { LookupIndex, PasteMatch } from '../../src/lookup/types.ts';

const fixtures = new URL('../fixtures/pastes/', import.meta.url);

export const pasteIndex = JSON.parse(readFileSync(new URL('index.json', fixtures), 'utf8')) as LookupIndex;

export interface CorpusCase {
  paste: string;
  expect: [string, string | number][];
  note: string;
}

/** A tuning case of the whole lookup against the real catalog (corpus.yaml `meanings`). */
export interface MeaningCase extends CorpusCase {
  /** The labelled number the catalog lacks, which the outcome must report. */
  missing?: string;
  /** Why the lookup does not get this case right yet: run as a todo test. */
  todo?: string;
}

/** A tuning query in a reader's own words or an SDK/REST English string (corpus.yaml `words`). */
export interface WordsCase extends MeaningCase {
  /** words-zh, words-en, sdk-string, rest-string or no-code. */
  family: string;
}

/** The whole lookup's sections, run against the real catalog rather than the test index. */
const LOOKUP_SECTIONS = new Set(['meanings', 'words']);

/** The paste reader's corpus by family, without the whole lookup's sections (readMeaningCases, readWordsCases). */
export function readCorpus(): Record<string, CorpusCase[]> {
  return Object.fromEntries(Object.entries(readCorpusFile()).filter(([family]) => !LOOKUP_SECTIONS.has(family)));
}

export function readMeaningCases(): MeaningCase[] {
  return readCorpusFile().meanings ?? [];
}

export function readWordsCases(): WordsCase[] {
  return (readCorpusFile().words ?? []) as WordsCase[];
}

function readCorpusFile(): Record<string, MeaningCase[]> {
  return parse(readFileSync(new URL('corpus.yaml', fixtures), 'utf8')) as Record<string, MeaningCase[]>;
}

export function getCodes(matches: PasteMatch[]): [string, string][] {
  return matches.map((match) => [match.system, match.code]);
}

/** The best match for the text against the test index; fails when there is none. */
export function getTop(text: string, index: LookupIndex = pasteIndex): PasteMatch {
  const [first] = parsePaste(text, index);
  assert.ok(first, `no match in ${JSON.stringify(text)}`);
  return first;
}

/** The pages a lookup outcome shows, in order, as `system:code`. */
export function getShownPages(outcome: LookupOutcome): string[] {
  if (outcome.kind === 'open') return [`${outcome.hit.match.system}:${outcome.hit.match.code}`];
  if (outcome.kind === 'codes' || outcome.kind === 'messages') return outcome.hits.map((hit) => `${hit.match.system}:${hit.match.code}`);
  return [];
}
