/**
 * `npm run urls`: adds the URLs of new codes to content/published-urls.txt. It never removes one;
 * a URL the catalog no longer makes is an error, because a ticket somewhere links to it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { loadCatalog } from '../src/catalog/load-catalog.ts';
import {
  compareWithManifest,
  formatManifest,
  getPublishedUrls,
  parseManifest,
  PUBLISHED_URLS_FILE,
} from '../src/exports/published-urls.ts';
import { runMain } from '../src/node/run-command.ts';

export async function main(): Promise<number> {
  const manifest = parseManifest(await readFile(PUBLISHED_URLS_FILE, 'utf8').catch(() => ''));
  const current = getPublishedUrls(await loadCatalog('.'));
  const { lost, added } = compareWithManifest(manifest, current);
  if (lost.length > 0) {
    console.error(`The catalog no longer makes ${lost.length} published URLs, e.g. ${lost.slice(0, 5).join(', ')}.`);
    console.error('Never delete a code: restore it and retire it with "status: removed" and a "reason" (see README).');
    return 1;
  }
  await writeFile(PUBLISHED_URLS_FILE, formatManifest([...manifest, ...added].sort()));
  console.log(`${PUBLISHED_URLS_FILE}: ${added.length} URLs added, ${manifest.length + added.length} in all.`);
  return 0;
}

if (import.meta.main) await runMain(main);
