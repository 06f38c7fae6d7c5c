/**
 * Catalog text reaches pages only through these functions. Pages embed it as HTML blocks inside
 * Markdown, where Markdown syntax is not interpreted, so escaping HTML is enough to keep any text
 * (`<script>`, `|`, `*`, `{…}`, `---`) literal.
 */
import type { Link } from '../catalog/schema.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  // A blank line would end the HTML block and hand the rest of the text to the Markdown parser.
  return text.replace(/\s*\n\s*/g, ' ').replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** A link to another page of this site. */
export function renderInternalLink(href: string, label: string, attributes = ''): string {
  return `<a href="${escapeHtml(href)}"${attributes}>${escapeHtml(label)}</a>`;
}

/**
 * A link that leaves the site. The marker is CSS generated content with alt text (catalog.css), so
 * it reaches readers and assistive technology but never the page text, search excerpts or copies.
 */
export function renderExternalLink(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}" class="external-link" rel="external noopener noreferrer">${escapeHtml(label)}</a>`;
}

/** Text with the first occurrence of each link's words turned into that link. */
export function renderText(text: string, links: readonly Link[] = []): string {
  const placed = links
    .map((link) => ({ link, start: text.indexOf(link.text) }))
    .filter(({ start }) => start >= 0)
    .sort((a, b) => a.start - b.start);
  let html = '';
  let position = 0;
  for (const { link, start } of placed) {
    if (start < position) continue;
    html += escapeHtml(text.slice(position, start)) + renderExternalLink(link.url, link.text);
    position = start + link.text.length;
  }
  return html + escapeHtml(text.slice(position));
}

/** Text for a Markdown heading: every ASCII punctuation mark escaped, so CommonMark keeps it literal. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (character) => `\\${character}`);
}

/**
 * A section heading of fixed words, kept out of the search index. On pages with a table of contents
 * it is a Markdown heading, so Starlight lists it and gives it an anchor link; code pages have no
 * table of contents and take a plain heading, which spares them about 1 KB of anchor markup each.
 */
export function renderHeading(text: string, { inTableOfContents = true } = {}): string {
  return inTableOfContents
    ? `<div class="section-heading" data-pagefind-ignore>\n\n## ${escapeMarkdown(text)}\n\n</div>`
    : `<h2 class="section-heading" data-pagefind-ignore>${escapeHtml(text)}</h2>`;
}
