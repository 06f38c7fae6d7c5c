/** The files that differ between two directory trees, by content hash: for the reproducible-build check. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

async function hashTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const hashes = new Map<string, string>();
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const path = join(entry.parentPath, entry.name);
    hashes.set(path.slice(dir.length + 1), createHash('sha256').update(await readFile(path)).digest('hex'));
  }
  return hashes;
}

export async function getDifferences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([hashTree(a), hashTree(b)]);
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  return paths.filter((path) => left.get(path) !== right.get(path)).map((path) => (!left.has(path) ? `only in ${b}: ${path}` : !right.has(path) ? `only in ${a}: ${path}` : `differs: ${path}`));
}
