/** Reads WildfireChat's "code状态码" Markdown: one GFM table plus a block quote of remarks. */
import type { RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { normalizeText, type SourceRow } from './source-row.ts';

/** The source writes "n/a" where a code needs no handling. */
const NO_HANDLING = new Set(['', 'n/a']);

export function parseWildfirechat(markdown: string): { title: string; rows: SourceRow[]; notes: string[] } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const heading = tree.children.find((node) => node.type === 'heading');
  const title = heading ? normalizeText(toString(heading)) : '';
  const table = tree.children.find((node): node is Table => node.type === 'table');
  if (!table) throw new Error('WildfireChat source: no table found');
  const rows = table.children.slice(1).map((row): SourceRow => {
    const [code = '', message = '', handling = ''] = row.children.map((cell) => normalizeText(toString(cell)));
    return { section: title, code, message, ...(NO_HANDLING.has(handling) ? {} : { handling }), links: [] };
  });
  const notes = tree.children
    .filter((node: RootContent) => node.type === 'blockquote')
    .flatMap((quote) => toString(quote, { includeHtml: false }).split('\n'))
    .map(normalizeText)
    .filter((line) => line.length > 0);
  return { title, rows, notes };
}
