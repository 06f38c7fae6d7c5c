/**
 * A generated page: an entry of Starlight's docs collection, made in memory from the catalog. Its body is
 * built as Markdown blocks (hast elements for what Markdown cannot say) and handed to Starlight as Markdown.
 */
import type { PageTarget } from '../urls.ts';
import { getPageSegments } from '../urls.ts';
import { serializeBody, type PageBlock } from './markdown-body.ts';

export interface GeneratedPage {
  /** The docs collection's id: the page's path below the base without slashes, `index` for the home page. */
  id: string;
  /** The catalog file the page is generated from, for `npm run page` and for error messages. */
  sourceFile: string;
  /** Starlight's frontmatter (title, description, prev/next…), validated by its schema when loaded. */
  data: Record<string, unknown>;
  /** The body as Markdown. */
  markdown: string;
}

/** The docs collection's id of a page, the same id Starlight's glob loader gave the page's Markdown file. */
export function getPageId(target: PageTarget): string {
  return getPageSegments(target).join('/') || 'index';
}

/** A page at `target`, generated from `sourceFile`; fields left undefined are left out of its data. */
export function makePage(target: PageTarget, sourceFile: string, data: Record<string, unknown>, body: readonly PageBlock[]): GeneratedPage {
  const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  return { id: getPageId(target), sourceFile, data: defined, markdown: serializeBody(body) };
}

/**
 * The page as one Markdown file, for reading (`npm run page`): frontmatter as JSON values, which YAML reads
 * as they are, under a stamp naming the catalog file to change instead.
 */
export function getPageMarkdownFile(page: GeneratedPage): string {
  const frontmatter = Object.entries(page.data)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}\n`)
    .join('');
  return `---\n# generated from ${page.sourceFile} — change the catalog, not this text\n${frontmatter}---\n\n${page.markdown}`;
}
