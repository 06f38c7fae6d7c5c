/**
 * The lookup's answer as cards, best first: code and system, the meaning (never cut before it), the
 * words of the paste that matched, marked, and why the card is offered. Used by the lookup boxes and by
 * the search dialog's 错误码匹配.
 */
import type { CodeIndex } from '../../exports/code-index.ts';
import type { PasteHit } from '../../lookup/paste-hits.ts';
import { makeElement } from '../dom.ts';
import { getCardMeaning, markWords } from './card-text.ts';

/** Characters of the paste shown either side of the first place that matched. */
const EXCERPT_CONTEXT = 24;

/** Text with `words` wrapped in <mark>. */
function makeMarkedText(text: string, words: readonly string[]): (Node | string)[] {
  return markWords(text, words).map((part) => (part.marked ? makeElement('mark', {}, [part.text]) : part.text));
}

/** The words of the paste around the first place that matched, the matched words marked; none when the paste is only that. */
function makeExcerpt(paste: string, hit: PasteHit): HTMLElement | undefined {
  const spans = [...hit.match.spans].sort((a, b) => a.start - b.start);
  const first = spans[0];
  if (!first || paste.trim() === paste.slice(first.start, first.end)) return undefined;
  const start = Math.max(0, first.start - EXCERPT_CONTEXT);
  const end = Math.min(paste.length, first.end + EXCERPT_CONTEXT);
  const excerpt = makeElement('span', { class: 'paste-hit-excerpt' });
  let position = start;
  if (start > 0) excerpt.append('…');
  for (const span of spans.filter((candidate) => candidate.start >= start && candidate.end <= end)) {
    if (span.start < position) continue;
    excerpt.append(paste.slice(position, span.start), makeElement('mark', {}, [paste.slice(span.start, span.end)]));
    position = span.end;
  }
  excerpt.append(paste.slice(position, end));
  if (end < paste.length) excerpt.append('…');
  return excerpt;
}

/** Plain-words notes the lookup may attach to a hit or its match (a contradiction, where such a code comes from). */
function getNotes(hit: PasteHit): string[] {
  const sources = [hit, hit.match] as unknown as Record<string, unknown>[];
  return sources
    .flatMap((source) => ['conflict', 'note'].map((key) => source[key]))
    .filter((value) => typeof value === 'string' && value !== '') as string[];
}

function makeCard(paste: string, hit: PasteHit, index: CodeIndex): HTMLElement {
  const entry = index.entries.find((candidate) => candidate.system === hit.match.system && candidate.code === hit.match.code);
  const meaning = entry ? getCardMeaning(entry.message) : hit.title;
  const matched = hit.match.spans.map((span) => paste.slice(span.start, span.end));
  const link = makeElement('a', { href: hit.url, class: 'paste-hit' }, [
    makeElement('span', { class: 'paste-hit-head' }, [
      makeElement('code', { class: 'paste-hit-code' }, [hit.label]),
      makeElement('span', { class: 'paste-hit-system' }, [hit.systemName]),
    ]),
    makeElement('span', { class: 'paste-hit-meaning' }, makeMarkedText(meaning, matched)),
  ]);
  const excerpt = makeExcerpt(paste, hit);
  if (excerpt) link.append(excerpt);
  for (const note of getNotes(hit)) link.append(makeElement('span', { class: 'paste-hit-note' }, [note]));
  if (hit.match.reasons.length > 0) link.append(makeElement('span', { class: 'paste-hit-why' }, [hit.match.reasons.join('；')]));
  return makeElement('li', {}, [link]);
}

/** A short list of cards, best first; arrow keys move between them. */
export function makeHitCards(paste: string, hits: readonly PasteHit[], index: CodeIndex): HTMLElement {
  const list = makeElement(
    'ol',
    { class: 'paste-hits' },
    hits.map((hit) => makeCard(paste, hit, index)),
  );
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.paste-hit')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = links[(current + (event.key === 'ArrowDown' ? 1 : links.length - 1)) % links.length];
    event.preventDefault();
    next?.focus();
  });
  return list;
}
