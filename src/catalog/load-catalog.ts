/** The filesystem edge of the catalog: read `content/catalog/`, build, and throw on any problem. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CATALOG_DIR, type Catalog, type CatalogFile } from './model.ts';
import { buildCatalog } from './build-catalog.ts';
import { CatalogError } from './problems.ts';

export async function readCatalogFiles(root: string, dir = CATALOG_DIR): Promise<CatalogFile[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.'));
  return Promise.all(
    files.map(async (entry) => {
      const absolute = join(entry.parentPath, entry.name);
      return { path: relative(root, absolute).split(sep).join('/'), text: await readFile(absolute, 'utf8') };
    }),
  );
}

export async function loadCatalog(root: string, dir = CATALOG_DIR): Promise<Catalog> {
  const { catalog, problems } = buildCatalog(await readCatalogFiles(root, dir));
  if (!catalog) throw new CatalogError(problems);
  return catalog;
}
