/**
 * Pagefind's UI shows the filter groups of its first answer. A search loads only the index chunks it needs, so
 * when the answer comes before all the filter chunks are in (a slow network or a busy phone), groups such as 系统
 * were missing until the reader typed again. Once every chunk is in, the same search runs once more and Pagefind
 * lists every group.
 */

/** Pagefind's own module: the same instance the UI searches with, since both import it from the same URL. */
interface PagefindModule {
  filters(): Promise<Record<string, Record<string, number>>>;
}

function getShownGroups(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.pagefind-ui__filter-panel .pagefind-ui__filter-name')].map((name) => name.textContent ?? '');
}

/** Pagefind reruns its search when the field changes; two changes in one task leave the query as it was. */
function searchAgain(input: HTMLInputElement): void {
  const query = input.value;
  input.value = `${query} `;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function completeGroups(container: HTMLElement, pagefindUrl: string): Promise<void> {
  let groups: string[];
  try {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as PagefindModule;
    groups = Object.keys(await pagefind.filters());
  } catch {
    // Without the index (the dev server, or offline before the shell is saved) there is nothing to complete.
    return;
  }
  const shown = new Set(getShownGroups(container));
  const input = container.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  if (input?.value && groups.some((group) => !shown.has(group))) searchAgain(input);
}

/** Watches for Pagefind's first filter panel; after it, every chunk is loaded and the race cannot recur. */
export function completeSearchFilters(container: HTMLElement, pagefindUrl: string): void {
  new MutationObserver((_, observer) => {
    if (!container.querySelector('.pagefind-ui__filter-panel')) return;
    observer.disconnect();
    void completeGroups(container, pagefindUrl);
  }).observe(container, { childList: true, subtree: true });
}
