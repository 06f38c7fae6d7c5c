/** The filesystem edge of the catalog: read `content/catalog/`, build, and throw on any problem. */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError, formatSettingProblem } from '../config-error.ts';
import { listFiles, mapInBatches } from '../node/fs.ts';
import { buildCatalog } from './build-catalog.ts';
import { CATALOG_DIR, SYSTEM_FILE_NAME, TAXONOMY_FILE_NAME, type Catalog, type CatalogFile } from './model.ts';
import { CatalogError } from './problems.ts';

/**
 * Bytes that are not UTF-8 (a file saved as GBK, say) decode to U+FFFD instead of failing here, so
 * build-catalog can point at the first of them.
 */
const decoder = new TextDecoder('utf-8');

/**
 * The files of the catalog folder `dir`: relative to `root` or absolute. File paths keep `dir` as
 * written, so problems point where the person looks. A folder that is missing or holds no system is a
 * wrong setting, not a broken catalog: one line naming the folder (ConfigError).
 */
export async function readCatalogFiles(root: string, dir = CATALOG_DIR): Promise<CatalogFile[]> {
  const folder = resolve(root, dir);
  const wrong = (problem: string) =>
    new ConfigError([formatSettingProblem('CATALOG_DIR', dir, `${problem}; point CATALOG_DIR at a catalog folder`, CATALOG_DIR)]);
  const kind = await stat(folder).then(
    (stats) => (stats.isDirectory() ? 'folder' : 'file'),
    () => 'missing',
  );
  if (kind === 'missing') throw wrong(`there is no folder ${folder}`);
  if (kind === 'file') throw wrong(`${folder} is a file, not a folder`);
  const paths = listFiles(folder).filter((path) => !path.split('/').at(-1)!.startsWith('.'));
  if (!paths.some((path) => path.split('/').length === 2 && path.endsWith(`/${SYSTEM_FILE_NAME}`)))
    throw wrong(`${folder} holds no system (<system>/${SYSTEM_FILE_NAME} beside ${TAXONOMY_FILE_NAME})`);
  const prefix = dir.replace(/[\\/]+$/, '') || dir;
  return mapInBatches(paths, async (path) => ({ path: `${prefix}/${path}`, text: decoder.decode(await readFile(resolve(folder, path))) }));
}

export async function loadCatalog(root: string, dir = CATALOG_DIR): Promise<Catalog> {
  const { catalog, problems } = buildCatalog(await readCatalogFiles(root, dir));
  if (!catalog) throw new CatalogError(problems);
  return catalog;
}
