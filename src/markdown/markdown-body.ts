/**
 * A page's body as Markdown: mostly HTML blocks, each one hast element, and the Markdown headings that
 * Starlight turns into the table of contents.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Heading, Html, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { flattenLineBreaks, makeText } from './html-tree.ts';
import { serializeHtml } from './serialize-html.ts';

/** One block of a page's body: an element, written as an HTML block, or Markdown. */
export type PageBlock = Element | Heading | Html;

const SECTION_HEADING = { className: ['section-heading'], dataPagefindIgnore: true };

// The wrapper of a Markdown section heading: its start and end tags are HTML blocks of their own.
const WRAPPER_END = '</div>';
const WRAPPER_START = serializeHtml(h('div', SECTION_HEADING)).slice(0, -WRAPPER_END.length);

/**
 * A section heading of fixed words, kept out of the search index, on a page with a table of contents:
 * a Markdown heading, so Starlight lists it and gives it an anchor link.
 */
export function makeSectionHeading(text: string): PageBlock[] {
  return [
    { type: 'html', value: WRAPPER_START },
    { type: 'heading', depth: 2, children: [{ type: 'text', value: flattenLineBreaks(text) }] },
    { type: 'html', value: WRAPPER_END },
  ];
}

/**
 * A section heading on a page without a table of contents (code and range pages): a plain `<h2>`,
 * which spares each page about 1 KB of Starlight's anchor markup.
 */
export function makePlainSectionHeading(text: string, depth: 2 | 3 = 2): Element {
  return h(`h${depth}`, SECTION_HEADING, makeText(text));
}

/**
 * An element as one HTML block. A blank line inside would end the block and hand the rest to the Markdown
 * parser; makeText keeps catalog text from making one, and this stops any text that went around it.
 */
function makeHtmlBlock(element: Element): Html {
  const html = serializeHtml(element);
  if (/\n[ \t]*\n/.test(html)) throw new Error(`A blank line would end this HTML block early: ${html}`);
  return { type: 'html', value: html };
}

/** The body's Markdown: blocks separated by a blank line. */
export function serializeBody(blocks: readonly PageBlock[]): string {
  return toMarkdown({
    type: 'root',
    children: blocks.map((block): RootContent => (block.type === 'element' ? makeHtmlBlock(block) : block)),
  });
}
