/**
 * The query the lookup box hands to full-text search: the code itself when the text is one, otherwise
 * the text without punctuation and without words no page is indexed under (错误, error, code…), since
 * Pagefind needs every word of a query.
 */
import { parseCodeQuery } from './code-query.ts';
import { findGlossaryTerms } from './glossary.ts';
import { normalizeText } from './normalize-text.ts';
import { SEARCH_NOISE } from './words.ts';

const PUNCTUATION = /[{}[\]"'`:=,，。：；;|()（）]/g;

export interface SearchQuery {
  /** What to type into Pagefind, e.g. 'usersig expired', or '6' for the code -6 (Pagefind indexes "-6" as "6"). */
  text: string;
  /**
   * Set when the query is a code: its number with its sign, e.g. '-6' or '6'. Pagefind cannot tell them
   * apart, so results are ordered by it (sortCodeResults in code-results.ts): -6's pages first for '-6',
   * 6's pages before any -6 for '6'.
   */
  code?: string;
  /**
   * The query in the catalog's own words, when the glossary knows some of the reader's (e.g. 'UserSig 过期'
   * for 'usersig expired', '被踢' for '被顶'): a second query worth running when `text` finds nothing.
   */
  catalogText?: string;
}

/** The text unchanged (trimmed) when nothing but such words is left. */
export function getSearchQuery(text: string): SearchQuery {
  const code = parseCodeQuery(text);
  if (code !== undefined) return { text: code.replace(/^-/, ''), code };
  const norm = normalizeText(text);
  const cleaned = norm.replace(PUNCTUATION, ' ').replace(SEARCH_NOISE, ' ').replace(/\s+/g, ' ').trim();
  const query = cleaned === '' ? norm.trim() : cleaned;
  const catalogText = getCatalogText(query);
  return catalogText === undefined ? { text: query } : { text: query, catalogText };
}

/** Each glossary word of the query replaced by the word the catalog uses; undefined when nothing changes. */
function getCatalogText(query: string): string | undefined {
  const lowercased = query.toLowerCase();
  let rewritten = '';
  let at = 0;
  for (const { group, start, end } of findGlossaryTerms(lowercased)) {
    if (group.weak) continue;
    rewritten += `${query.slice(at, start)} ${group.catalog} `;
    at = end;
  }
  rewritten = (rewritten + query.slice(at)).replace(/\s+/g, ' ').trim();
  return rewritten === query || rewritten === '' ? undefined : rewritten;
}
