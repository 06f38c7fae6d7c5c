/**
 * /code-index.json, fetched once per page and shared by every lookup on it (the header box, the home
 * page's box, the search dialog's 错误码匹配); a failed fetch is retried on the next lookup.
 */
import type { CodeIndex } from '../../exports/code-index.ts';

let indexLoading: Promise<CodeIndex> | undefined;

export function loadIndex(url: string): Promise<CodeIndex> {
  indexLoading ??= fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return (await response.json()) as CodeIndex;
  });
  indexLoading.catch(() => (indexLoading = undefined));
  return indexLoading;
}
