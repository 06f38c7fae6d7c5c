/**
 * Reads `content/source-lists/<system>/<source>.yaml` the way the catalog is read: YAML with positions,
 * the zod schema, and every problem as `file:line:col: problem` with a hint (CatalogError).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { makeProblem, CatalogError, type Problem } from '../catalog/problems.ts';
import { getSchemaProblems } from '../catalog/schema-issues.ts';
import { parseYamlFile, type YamlFile } from '../catalog/yaml-file.ts';
import { listFiles } from '../node/fs.ts';
import { sourceListSchema, type SourceList } from './schema.ts';

const SOURCE_LISTS_DIR = 'content/source-lists';
const SCHEMA_FILE = 'src/sources/schema.ts';

/** A list with the file it was read from, so that a mismatch can point at its entry. */
export interface LoadedSourceList {
  file: string;
  list: SourceList;
  yaml: YamlFile;
}

/** Pure: the files' text → the lists, or every problem found. */
export function buildSourceLists(files: readonly { path: string; text: string }[]): { lists: LoadedSourceList[]; problems: Problem[] } {
  const lists: LoadedSourceList[] = [];
  const problems: Problem[] = [];
  for (const { path, text } of files) {
    const parsed = parseYamlFile(path, text);
    problems.push(...parsed.problems);
    if (!parsed.yaml) continue;
    const result = sourceListSchema.safeParse(parsed.yaml.data);
    if (!result.success) {
      problems.push(...getSchemaProblems(parsed.yaml, sourceListSchema, result.error.issues, SCHEMA_FILE));
      continue;
    }
    const [system, source] = path.split('/').slice(-2);
    const expected = { system, source: source?.replace(/\.ya?ml$/, '') };
    for (const field of ['system', 'source'] as const) {
      if (result.data[field] !== expected[field])
        problems.push(
          makeProblem(
            parsed.yaml.locate([field]),
            `${field} "${result.data[field]}" does not match the file's place (${expected[field]})`,
            `a list lives at ${SOURCE_LISTS_DIR}/<system>/<source id>.yaml; rename the file or correct the field`,
          ),
        );
    }
    lists.push({ file: path, list: result.data, yaml: parsed.yaml });
  }
  return { lists, problems };
}

/** Every list under `root`/content/source-lists, sorted by path; throws CatalogError on any problem. */
export async function loadSourceLists(root: string, dir = SOURCE_LISTS_DIR): Promise<LoadedSourceList[]> {
  const paths = listFiles(resolve(root, dir)).filter((path) => /\.ya?ml$/.test(path));
  const files = await Promise.all(
    paths.map(async (path) => ({ path: `${dir}/${path}`, text: await readFile(resolve(root, dir, path), 'utf8') })),
  );
  const { lists, problems } = buildSourceLists(files);
  if (problems.length > 0) throw new CatalogError(problems);
  return lists;
}
