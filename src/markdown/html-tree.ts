/**
 * Catalog text reaches pages as hast trees built from these pieces and serialised by serialize-html.ts,
 * which escapes whatever markup or Markdown the text holds (`<script>`, `|`, `*`, `{…}`, `---`).
 */
import type { Element, ElementContent, Text } from 'hast';
import { h, type Child } from 'hastscript';
import type { Link } from '../catalog/schema.ts';

/**
 * Catalog text is meant to be one line but may hold line breaks. Pages embed it in HTML blocks, and a
 * blank line ends an HTML block in CommonMark, handing the rest of the text to the Markdown parser; so
 * every run of blanks around a line break becomes one space, which is how HTML shows it anyway.
 */
export function flattenLineBreaks(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * Catalog text as a text node: every free text of the catalog (messages, names, notes, titles) enters a
 * tree through here. Codes and constant names, which the schema keeps to one line, may go in as they are.
 */
export function makeText(value: string): Text {
  return { type: 'text', value: flattenLineBreaks(value) };
}

/** A link to another page of this site. */
export function makeInternalLink(href: string, label: string): Element {
  return h('a', { href }, makeText(label));
}

/**
 * A link that leaves the site. The marker is CSS generated content with alt text (catalog.css), so
 * it reaches readers and assistive technology but never the page text, search excerpts or copies.
 */
export function makeExternalLink(href: string, label: string): Element {
  return h('a', { href, className: ['external-link'], rel: ['external', 'noopener', 'noreferrer'] }, makeText(label));
}

/** An address longer than this is shortened in link text: it would overflow a phone's width and weigh on every page. */
const MAX_URL_LABEL = 60;

/**
 * An external address as link text: without the scheme, and a long path cut to its first two segments (a
 * repository's owner and name) and its last (the file), with the line anchor; the link's href stays whole.
 */
export function getUrlLabel(url: string): string {
  const parsed = new URL(url);
  const label = `${parsed.host}${parsed.pathname}${parsed.search}${parsed.hash}`;
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  if (label.length <= MAX_URL_LABEL || segments.length <= 3) return label;
  return `${parsed.host}/${segments[0]}/${segments[1]}/…/${segments.at(-1)}${parsed.hash}`;
}

/** A link to an external address, labelled with the address itself (shortened if long). */
export function makeUrlLink(url: string): Element {
  return makeExternalLink(url, getUrlLabel(url));
}

/** Text with the first occurrence of each link's words turned into that link. */
export function makeLinkedText(text: string, links: readonly Link[] = []): ElementContent[] {
  const placed = links
    .map((link) => ({ link, start: text.indexOf(link.text) }))
    .filter(({ start }) => start >= 0)
    .sort((a, b) => a.start - b.start);
  const nodes: ElementContent[] = [];
  let position = 0;
  for (const { link, start } of placed) {
    if (start < position) continue;
    nodes.push(makeText(text.slice(position, start)), makeExternalLink(link.url, link.text));
    position = start + link.text.length;
  }
  return [...nodes, makeText(text.slice(position))];
}

/** A row of a table, one cell per item. */
export function makeTableRow(cells: readonly Child[], properties: { id?: string } = {}): Element {
  // Empty properties, as hastscript would take a lone text node for properties.
  return h(
    'tr',
    properties,
    cells.map((cell) => h('td', {}, cell)),
  );
}

/**
 * A scrolling table with a header row. Its rows go one per line, which keeps the generated Markdown
 * readable; a single line break does not end the HTML block.
 */
export function makeTable(table: {
  className: string;
  headers: readonly string[];
  rows: readonly Element[];
  ignoredBySearch: boolean;
}): Element {
  return h('div', { className: ['table-scroll'], dataPagefindIgnore: table.ignoredBySearch }, [
    h('table', { className: [table.className] }, [
      h(
        'thead',
        h(
          'tr',
          table.headers.map((header) => h('th', { scope: 'col' }, header)),
        ),
      ),
      h('tbody', ['\n', ...table.rows.flatMap((row) => [row, '\n'])]),
    ]),
  ]);
}
