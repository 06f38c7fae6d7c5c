/**
 * `npm run generate`: catalog → src/content/docs/. Pages are written to a fresh directory and swapped
 * in only when everything succeeded, so a broken catalog leaves the previous pages untouched.
 */
import { rm } from 'node:fs/promises';
import { loadCatalog } from '../src/catalog/load-catalog.ts';
import { CatalogError } from '../src/catalog/problems.ts';
import { generateSite } from '../src/markdown/generate-site.ts';
import { swapDirectory, writeFiles } from '../src/node/fs.ts';
import { runMain } from '../src/node/run-command.ts';
import { getSiteConfig } from '../src/site-config.ts';

const DOCS_DIR = 'src/content/docs';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const started = performance.now();
  const config = getSiteConfig(env);
  let files;
  try {
    files = generateSite(await loadCatalog('.', config.catalogDir), { base: config.base });
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    console.error(error.message);
    console.error('Nothing was generated; the previous pages and dist/ are unchanged.');
    return 1;
  }
  const staging = `${DOCS_DIR}.staging`;
  await rm(staging, { recursive: true, force: true });
  await writeFiles(staging, files);
  await swapDirectory(staging, DOCS_DIR);
  console.log(`Generated ${files.length} pages into ${DOCS_DIR}/ in ${Math.round(performance.now() - started)} ms.`);
  return 0;
}

if (import.meta.main) await runMain(main);
