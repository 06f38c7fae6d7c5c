/**
 * Search quality over the whole catalog, through Pagefind's own JS API in the browser: a code's
 * number finds its page first; a distinctive phrase of its message finds it in the top 3.
 */
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { getCodeEntries } from '../../src/catalog/queries.ts';
import { SEARCH_RANKING } from '../../src/site/search-ranking.ts';
import { makeUrl } from '../../src/urls.ts';
import { getDistinctivePhrase } from '../helpers/search-phrases.ts';
import { expect, test } from './fixtures.ts';

test('every code is found by its number (first) and by a phrase of its message (top 3)', async ({ page }) => {
  test.setTimeout(300_000);
  const entries = getCodeEntries(await loadCatalog('.'));
  const queries = entries.map((entry) => ({
    number: entry.code.code,
    phrase: getDistinctivePhrase(entry, entries),
    // Where several codes share the message, any of them is a right answer to the phrase.
    accepted: entries.filter((other) => other.code.message === entry.code.message).map((other) => makeUrl({ kind: 'code', system: other.system.id, code: other.code.code })),
    url: makeUrl({ kind: 'code', system: entry.system.id, code: entry.code.code }),
  }));
  await page.goto('');
  const outcome = await page.evaluate(async ({ queries, ranking }) => {
    const pagefind = await import(/* @vite-ignore */ `${document.baseURI.replace(/\/?$/, '/')}pagefind/pagefind.js`);
    await pagefind.options({ ranking });
    await pagefind.init();
    const top = async (query: string, count: number) => {
      const { results } = await pagefind.search(query);
      return Promise.all(results.slice(0, count).map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url));
    };
    const numberMisses: string[] = [];
    const phraseMisses: string[] = [];
    for (const query of queries) {
      const [first] = await top(query.number, 1);
      if (first !== query.url) numberMisses.push(`${query.number} → ${first}`);
      const three = await top(query.phrase, 3);
      if (!three.some((url: string) => query.accepted.includes(url))) phraseMisses.push(`${query.url} "${query.phrase}" → ${three.join(' ')}`);
    }
    return { numberMisses, phraseMisses };
  }, { queries, ranking: SEARCH_RANKING });
  console.log(
    `search quality: number first ${queries.length - outcome.numberMisses.length}/${queries.length}, ` +
      `phrase in top 3 ${queries.length - outcome.phraseMisses.length}/${queries.length}`,
  );
  expect.soft(outcome.numberMisses).toEqual([]);
  expect(outcome.phraseMisses).toEqual([]);
});
