import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { compareWithManifest, getPublishedUrls, parseManifest, PUBLISHED_URLS_FILE } from '../../src/exports/published-urls.ts';

describe('published URLs', () => {
  it('the catalog still makes every URL ever published', async () => {
    const manifest = parseManifest(await readFile(PUBLISHED_URLS_FILE, 'utf8'));
    const { lost, added } = compareWithManifest(manifest, getPublishedUrls(await loadCatalog('.')));
    assert.deepEqual(
      lost,
      [],
      `These published URLs are gone. Tickets link to them: never delete a code, restore it and retire it with "status: removed" and a ` +
        `"reason" (README, "Adding or changing a code").`,
    );
    assert.deepEqual(added, [], `New URLs are not in ${PUBLISHED_URLS_FILE} yet: run \`npm run urls\` and commit the file.`);
  });

  it('reports a lost URL and a new one', () => {
    assert.deepEqual(compareWithManifest(['/a/', '/b/'], ['/b/', '/c/']), { lost: ['/a/'], added: ['/c/'] });
  });

  it('lists pages, number-only pages and public files, sorted', async () => {
    const urls = getPublishedUrls(await loadCatalog('.'));
    for (const url of [
      '/',
      '/catalog.json',
      '/tencent-im/',
      '/tencent-im/group/',
      '/tencent-im/10010/',
      '/10010/',
      '/wildfirechat/7/',
      '/7/',
    ]) {
      assert.ok(urls.includes(url), url);
    }
    assert.deepEqual(urls, [...urls].sort());
  });
});
