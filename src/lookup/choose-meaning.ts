/**
 * Which meaning of a number with several a paste has (WildfireChat −6: a connection status, or an operation's
 * error): a constant name of one meaning in the paste decides it; otherwise the words of the contexts the system
 * lists (onConnectionStatusChange, 连接状态 / onFail, 发送…) decide when they point at one context only. When
 * nothing decides, the reader is shown every meaning, never one guessed.
 */
import type { IndexContext, IndexEntry, IndexMeaning } from '../exports/code-index.ts';
import { escapeRegExp } from './characters.ts';

export type MeaningChoice =
  { kind: 'one'; meaning: IndexMeaning; reason: string } | { kind: 'undecided'; meanings: readonly IndexMeaning[] } | { kind: 'single' };

/** Whether `word` stands in `text` as a word of its own (any case; a Chinese word anywhere). */
function hasWord(text: string, word: string): boolean {
  const edge = (char: string | undefined) => (char !== undefined && /[A-Za-z0-9_]/.test(char) ? '(?<![A-Za-z0-9_])' : '');
  const end = (char: string | undefined) => (char !== undefined && /[A-Za-z0-9_]/.test(char) ? '(?![A-Za-z0-9_])' : '');
  return new RegExp(`${edge(word[0])}${escapeRegExp(word)}${end(word.at(-1))}`, 'i').test(text);
}

export function chooseMeaning(entry: IndexEntry, contexts: readonly IndexContext[], paste: string): MeaningChoice {
  const meanings = entry.meanings;
  if (!meanings || meanings.length < 2) return { kind: 'single' };
  const byName = meanings.filter((meaning) => meaning.names?.some((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`).test(paste)));
  if (byName.length === 1) return { kind: 'one', meaning: byName[0]!, reason: '常量名指明了含义' };
  const shown = contexts.filter((context) => context.hints.some((hint) => hasWord(paste, hint)));
  const inContext = meanings.filter((meaning) => shown.some((context) => context.id === meaning.context));
  if (inContext.length === 1) {
    const context = shown.find((candidate) => candidate.id === inContext[0]!.context)!;
    return { kind: 'one', meaning: inContext[0]!, reason: `从上下文看是${context.name}` };
  }
  return { kind: 'undecided', meanings };
}
