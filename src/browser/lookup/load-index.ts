/**
 * /code-index.json, fetched once per page and shared by every lookup on it (the header box, the home
 * page's box, the search dialog's 错误码匹配); a failed fetch is retried on the next lookup.
 */
import type { CodeIndex } from '../../exports/code-index.ts';
import { prepareLookup } from '../../lookup/look-up-paste.ts';

let indexLoading: Promise<CodeIndex> | undefined;

export function loadIndex(url: string): Promise<CodeIndex> {
  indexLoading ??= fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    const index = (await response.json()) as CodeIndex;
    // The first lookup would build the lookup tables (tens of ms on a laptop, several times that on a phone):
    // built while the reader is still typing, the answer comes at once. Safari has no requestIdleCallback.
    (window.requestIdleCallback ?? setTimeout)(() => prepareLookup(index));
    return index;
  });
  indexLoading.catch(() => (indexLoading = undefined));
  return indexLoading;
}
