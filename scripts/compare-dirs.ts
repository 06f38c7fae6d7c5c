/** The files that differ between two directory trees, by content hash: for the reproducible-build check. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles, mapInBatches } from '../src/node/fs.ts';

async function hashTree(dir: string): Promise<Map<string, string>> {
  const paths = await listFiles(dir);
  const hashes = await mapInBatches(paths, async (path) =>
    createHash('sha256')
      .update(await readFile(join(dir, path)))
      .digest('hex'),
  );
  return new Map(paths.map((path, index) => [path, hashes[index]!]));
}

export async function getDifferences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([hashTree(a), hashTree(b)]);
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  return paths
    .filter((path) => left.get(path) !== right.get(path))
    .map((path) => (!left.has(path) ? `only in ${b}: ${path}` : !right.has(path) ? `only in ${a}: ${path}` : `differs: ${path}`));
}
