/**
 * Pagefind's ranking for this site, given to Starlight's search dialog and used by the search-quality
 * test, so the test measures what readers get. Chosen with that test over the whole catalog: a high
 * termSimilarity keeps a code number above the longer numbers it prefixes; a moderate termFrequency
 * lets a page that repeats a phrase's words in its title beat pages that merely contain them.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.5,
  termSaturation: 2,
  termSimilarity: 9,
};
