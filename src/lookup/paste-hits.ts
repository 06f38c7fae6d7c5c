/** From the paste reader's matches back to the pages they lead to, with the meaning the paste has. */
import { getShortMeaning } from '../catalog/queries.ts';
import type { CodeIndex } from '../exports/code-index.ts';
import { chooseMeaning } from './choose-meaning.ts';
import { findSystem, getEntryLabel, getEntryTitle, getEntryUrl } from './index-entries.ts';
import type { PasteMatch } from './types.ts';

export interface PasteHit {
  match: PasteMatch;
  systemName: string;
  /** "10010", or "120001–130000" for a range. */
  label: string;
  title: string;
  /** The code's page; with the anchor of the meaning the paste has, when its number has several. */
  url: string;
}

/**
 * The page each match leads to, in the matches' order; a match the index does not know (it always does) is
 * dropped. `paste` is the reader's text: its words choose among the meanings of a number that has several
 * (choose-meaning.ts); without it, or when they do not decide, the title names every meaning.
 */
export function getPasteHits(index: CodeIndex, matches: readonly PasteMatch[], paste = ''): PasteHit[] {
  return matches.flatMap((match) => {
    const entry = index.entries.find((candidate) => candidate.system === match.system && candidate.code === match.code);
    if (!entry) return [];
    const system = findSystem(index, entry.system)!;
    const hit = {
      match,
      systemName: system.name,
      label: getEntryLabel(entry),
      title: getEntryTitle(entry),
      url: getEntryUrl(index, entry),
    };
    const choice = chooseMeaning(entry, system.contexts ?? [], paste);
    if (choice.kind === 'one') {
      const reasons = [...match.reasons, choice.reason];
      return [
        { ...hit, match: { ...match, reasons }, title: getShortMeaning(choice.meaning.message), url: `${hit.url}#${choice.meaning.id}` },
      ];
    }
    if (choice.kind === 'undecided') {
      const names = new Map((system.contexts ?? []).map((context) => [context.id, context.name]));
      const each = choice.meanings.map(
        (meaning) => `${names.get(meaning.context ?? '') ?? '另一含义'}：${getShortMeaning(meaning.message)}`,
      );
      return [{ ...hit, title: `有${choice.meanings.length === 2 ? '两' : choice.meanings.length}个含义——${each.join('；')}` }];
    }
    return [hit];
  });
}
