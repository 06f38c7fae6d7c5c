/** Every URL the site promises, without base path: the committed manifest is checked against it. */
import type { Catalog } from '../catalog/model.ts';
import { makeAssetUrl, makeUrl } from '../urls.ts';
import { getCodeEntries, groupByNumber } from '../catalog/queries.ts';
import { getDomainParts } from '../catalog/domain-parts.ts';

export const PUBLISHED_URLS_FILE = 'content/published-urls.txt';

/** Site files that scripts fetch; they are promises too. */
const PUBLIC_FILES = ['catalog.json', 'code-index.json', 'codes.csv'];

export function getPublishedUrls(catalog: Catalog): string[] {
  const entries = getCodeEntries(catalog);
  const urls = [
    makeUrl({ kind: 'home' }),
    ...PUBLIC_FILES.map((file) => makeAssetUrl(file)),
    ...catalog.systems.flatMap((system) => [
      makeUrl({ kind: 'system', system: system.id }),
      ...system.domains.flatMap((domain) => [
        makeUrl({ kind: 'domain', system: system.id, domain: domain.id }),
        ...getDomainParts(domain).map(({ part }) => makeUrl({ kind: 'domain-part', system: system.id, domain: domain.id, part })),
      ]),
    ]),
    ...entries.map((entry) => makeUrl({ kind: 'code', system: entry.system.id, code: entry.code.code })),
    ...groupByNumber(entries).map(([code]) => makeUrl({ kind: 'number', code })),
  ];
  return [...new Set(urls)].sort();
}

/** What the manifest says against what the catalog makes: URLs lost and URLs not yet promised. */
export function compareWithManifest(manifest: readonly string[], current: readonly string[]): { lost: string[]; added: string[] } {
  const now = new Set(current);
  const promised = new Set(manifest);
  return { lost: manifest.filter((url) => !now.has(url)), added: current.filter((url) => !promised.has(url)) };
}

export function parseManifest(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function formatManifest(urls: readonly string[]): string {
  return (
    `# Every URL the site has published. Tickets link to these: a URL may be added, never removed.\n# Regenerate with \`npm run ` +
    `urls\` after adding codes.\n${urls.join('\n')}\n`
  );
}
