/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`) that the search benchmark and the
 * search-quality test call inside the page; the module itself has no types.
 */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  meta: { title?: string };
}

export interface PagefindApi {
  options(options: { ranking?: Record<string, number> }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}
