/**
 * The query the lookup box hands to full-text search: the code itself when the text is one, otherwise
 * the text without punctuation and without words no page is indexed under (错误, error, code…), since
 * Pagefind needs every word of a query.
 */
import { parseCodeQuery } from './code-query.ts';
import { normalizeText } from './normalize-text.ts';
import { SEARCH_NOISE } from './words.ts';

const PUNCTUATION = /[{}[\]"'`:=,，。：；;|()（）]/g;

/** The text unchanged (trimmed) when nothing but such words is left. */
export function getSearchQuery(text: string): string {
  const code = parseCodeQuery(text);
  if (code !== undefined) return code;
  const norm = normalizeText(text);
  const cleaned = norm.replace(PUNCTUATION, ' ').replace(SEARCH_NOISE, ' ').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? norm.trim() : cleaned;
}
