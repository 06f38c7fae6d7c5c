import type { Link } from '../catalog/schema.ts';

/** One row of a source document's table, with markup reduced to plain text and links. */
export interface SourceRow {
  /** The heading of the table the row is in. */
  section: string;
  /** The first cell: a code, or the words of a catch-all row such as "其他错误". */
  code: string;
  message: string;
  handling?: string;
  links: Link[];
}

/** Whitespace as people read it: runs (including no-break spaces) become one space, ends trimmed. */
export function normalizeText(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

export function isCodeNumber(value: string): boolean {
  return /^\d+$/.test(value);
}
