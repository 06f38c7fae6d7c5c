/** The filesystem edge of the catalog: read `content/catalog/`, build, and throw on any problem. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles, mapInBatches } from '../node/fs.ts';
import { buildCatalog } from './build-catalog.ts';
import { CATALOG_DIR, type Catalog, type CatalogFile } from './model.ts';
import { CatalogError } from './problems.ts';

/**
 * Bytes that are not UTF-8 (a file saved as GBK, say) decode to U+FFFD instead of failing here, so
 * build-catalog can point at the first of them.
 */
const decoder = new TextDecoder('utf-8');

export async function readCatalogFiles(root: string, dir = CATALOG_DIR): Promise<CatalogFile[]> {
  const paths = (await listFiles(join(root, dir))).filter((path) => !path.split('/').at(-1)!.startsWith('.'));
  return mapInBatches(paths, async (path) => ({ path: `${dir}/${path}`, text: decoder.decode(await readFile(join(root, dir, path))) }));
}

export async function loadCatalog(root: string, dir = CATALOG_DIR): Promise<Catalog> {
  const { catalog, problems } = buildCatalog(await readCatalogFiles(root, dir));
  if (!catalog) throw new CatalogError(problems);
  return catalog;
}
