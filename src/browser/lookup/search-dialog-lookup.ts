/**
 * 错误码匹配 in Starlight's search dialog: what the reader types or pastes there is read by the lookup
 * as well, and the codes, constant names and error texts it finds are shown as cards above Pagefind's
 * results. On a phone this is where a paste goes, and a typed number's own pages come first here
 * (Pagefind sees digits without their sign and may rank −6 above 6).
 */
import type { CodeIndex } from '../../exports/code-index.ts';
import { lookUpPaste, type LookupOutcome } from '../../lookup/look-up-paste.ts';
import { makeElement } from '../dom.ts';
import { makeHitCards } from './hit-cards.ts';
import { loadIndex } from './load-index.ts';
import { makeMissingCode, makeParagraph, makeReportLink } from './lookup-results.ts';

/** Typing pauses this long before the lookup reads the field. */
const TYPING_PAUSE_MS = 120;
/** Message matches are a guess: the dialog shows fewer of them than of codes the paste names. */
const MAX_MESSAGE_CARDS = 3;
const MAX_CODE_CARDS = 5;

interface DialogOptions {
  indexUrl: string;
  reportUrl: string | undefined;
}

/** The section's content for an outcome; empty when the lookup has nothing to add to full-text search. */
function makeContent(query: string, outcome: LookupOutcome, index: CodeIndex, options: DialogOptions): Node[] {
  switch (outcome.kind) {
    case 'open':
      return [makeParagraph('按 Enter 打开：'), makeHitCards(query, [outcome.hit], index)];
    case 'codes': {
      const hits = outcome.hits.slice(0, MAX_CODE_CARDS);
      return [makeParagraph('可能的错误码，最可能的在前：'), makeHitCards(query, hits, index)];
    }
    case 'messages':
      return [makeParagraph('按错误信息匹配：'), makeHitCards(query, outcome.hits.slice(0, MAX_MESSAGE_CARDS), index)];
    case 'missing': {
      const report = options.reportUrl ? [makeReportLink(options.reportUrl, { code: outcome.code, page: location.href })] : [];
      return [...makeMissingCode(outcome.code, outcome.guess), ...report];
    }
    case 'search':
      return [];
  }
}

/** A single character says too little to match messages by; a digit is a code and always worth a look. */
function isWorthLookingUp(query: string): boolean {
  const trimmed = query.trim();
  return /\d/.test(trimmed) || [...trimmed].length >= 2;
}

function attach(form: HTMLFormElement, input: HTMLInputElement, options: DialogOptions): void {
  const section = makeElement('section', { class: 'dialog-lookup', 'aria-labelledby': 'dialog-lookup-heading', hidden: true });
  const body = makeElement('div', { class: 'dialog-lookup-body' });
  section.append(
    makeElement('h2', { id: 'dialog-lookup-heading', class: 'dialog-lookup-heading' }, ['错误码匹配']),
    body,
    makeElement('h2', { class: 'dialog-lookup-heading' }, ['全文搜索']),
  );
  let latest = 0;
  let opens: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (nodes: Node[]) => {
    body.replaceChildren(...nodes);
    section.hidden = nodes.length === 0;
    // Between the field and Pagefind's filters and results, which Pagefind adds after its first search.
    form.insertBefore(section, form.querySelector('.pagefind-ui__drawer'));
  };
  const lookUp = async (query: string, run: number) => {
    let index: CodeIndex;
    try {
      index = await loadIndex(options.indexUrl);
    } catch {
      // Full-text search still answers; the lookup's cards are only extra.
      return;
    }
    if (run !== latest) return;
    const outcome = lookUpPaste(query, index);
    opens = outcome.kind === 'open' ? outcome.hit.url : undefined;
    show(makeContent(query, outcome, index, options));
  };
  let read = '';
  const onChange = () => {
    const query = input.value;
    // Blanks at the ends change no answer: a space typed after a paste, or complete-search-filters.ts running the
    // search again (it appends one and takes it away), keep the card and what Enter opens.
    if (query.trim() === read.trim()) return;
    read = query;
    const run = ++latest;
    opens = undefined;
    clearTimeout(timer);
    if (!isWorthLookingUp(query)) {
      show([]);
      return;
    }
    timer = setTimeout(() => void lookUp(query, run), TYPING_PAUSE_MS);
  };
  input.addEventListener('input', onChange);
  // Pagefind's clear button empties the field without an input event.
  form.addEventListener('click', () => setTimeout(onChange));
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'Enter' && opens) {
      event.preventDefault();
      location.assign(opens);
    } else if (event.key === 'ArrowDown' && !section.hidden) {
      const first = section.querySelector<HTMLAnchorElement>('a.paste-hit');
      if (!first) return;
      event.preventDefault();
      first.focus();
    }
  });
}

/** Waits for Pagefind's UI, which Starlight builds when the browser is idle, then adds the section to it. */
export function addLookupToSearchDialog(container: HTMLElement, options: DialogOptions): void {
  new MutationObserver((_, observer) => {
    const form = container.querySelector<HTMLFormElement>('form.pagefind-ui__form');
    const input = form?.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    if (!form || !input) return;
    observer.disconnect();
    attach(form, input, options);
  }).observe(container, { childList: true, subtree: true });
}
