/**
 * `npm run generate`: catalog → src/content/docs/. Pages are written to a fresh directory and swapped
 * in only when everything succeeded, so a broken catalog leaves the previous pages untouched.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadCatalog } from '../src/catalog/load-catalog.ts';
import { CatalogError } from '../src/catalog/problems.ts';
import { generateSite } from '../src/generator/generate-site.ts';
import { getSiteConfig } from '../src/site-config.ts';

const DOCS_DIR = 'src/content/docs';

try {
  const started = performance.now();
  const config = getSiteConfig(process.env);
  const catalog = await loadCatalog('.', config.catalogDir);
  const files = generateSite(catalog, { base: config.base });
  const staging = `${DOCS_DIR}.staging`;
  const previous = `${DOCS_DIR}.previous`;
  await rm(staging, { recursive: true, force: true });
  for (const dir of new Set(files.map((file) => dirname(join(staging, file.path))))) await mkdir(dir, { recursive: true });
  for (let start = 0; start < files.length; start += 256) {
    await Promise.all(files.slice(start, start + 256).map((file) => writeFile(join(staging, file.path), file.text)));
  }
  await rm(previous, { recursive: true, force: true });
  await rename(DOCS_DIR, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, DOCS_DIR);
  await rm(previous, { recursive: true, force: true });
  console.log(`Generated ${files.length} pages into ${DOCS_DIR}/ in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  if (!(error instanceof CatalogError)) throw error;
  console.error(error.message);
  console.error('Nothing was generated; the previous pages and dist/ are unchanged.');
  process.exit(1);
}
