/**
 * Reads the old Tencent Cloud IM "错误码" page: `##` headings, each followed by an HTML table of
 * two-cell rows (code, message). The HTML is parsed as a browser would (parse5), so a missing
 * `<tr>`, stray `<p>`/`<br />` and entities need no special cases.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { normalizeText, type SourceRow } from './source-row.ts';
import type { Link } from '../catalog/schema.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Relative links of the page pointed at its original host. */
const TENCENT_SOURCE_ORIGIN = 'https://www.qcloud.com';

export function parseTencent(markdown: string): { sections: string[]; rows: SourceRow[] } {
  const parts = markdown.split(/^##[ \t]+(.+?)[ \t]*$/m);
  const sections: string[] = [];
  const rows: SourceRow[] = [];
  for (let index = 1; index < parts.length; index += 2) {
    const section = normalizeText(parts[index]!);
    sections.push(section);
    const fragment = parseFragment(parts[index + 1]!);
    for (const row of findElements(fragment, 'tr')) {
      const cells = findElements(row, 'td').map(readCell);
      if (cells.length === 0) continue;
      if (cells.length !== 2) throw new Error(`Tencent source, ${section}: a row has ${cells.length} cells, expected 2`);
      const [code, message] = cells as [ReturnType<typeof readCell>, ReturnType<typeof readCell>];
      rows.push({ section, code: code.text, message: message.text, links: [...code.links, ...message.links] });
    }
  }
  return { sections, rows };
}

function findElements(node: Node, tagName: string): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current && current.tagName === tagName) found.push(current);
    else if ('childNodes' in current) current.childNodes.forEach(visit);
  };
  if ('childNodes' in node) node.childNodes.forEach(visit);
  return found;
}

function readCell(cell: Element): { text: string; links: Link[] } {
  const links: Link[] = [];
  const readText = (node: Node): string => {
    if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
    if (!('childNodes' in node)) return '';
    const text = node.childNodes.map(readText).join('');
    if (!('tagName' in node)) return text;
    if (node.tagName === 'a') {
      const href = node.attrs.find((attr) => attr.name === 'href')?.value;
      if (href) links.push({ text: normalizeText(text), url: getAbsoluteUrl(href) });
    }
    // Block boundaries and line breaks separate words as whitespace does.
    return node.tagName === 'br' || node.tagName === 'p' ? ` ${text} ` : text;
  };
  return { text: normalizeText(readText(cell)), links };
}

/** Percent-encoded and absolute, so the catalog holds a URL any client can open. */
function getAbsoluteUrl(href: string): string {
  return new URL(href, TENCENT_SOURCE_ORIGIN).href;
}
