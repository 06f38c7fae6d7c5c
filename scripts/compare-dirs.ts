/** The files that differ between two directory trees, by content hash: for the reproducible-build check. */
import { createHash } from 'node:crypto';
import { listFiles, readFiles } from '../src/node/fs.ts';

function hashTree(dir: string): Map<string, string> {
  return new Map(readFiles(dir, listFiles(dir), (path, bytes) => [path, createHash('sha256').update(bytes).digest('hex')]));
}

export function getDifferences(a: string, b: string): string[] {
  const [left, right] = [hashTree(a), hashTree(b)];
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  return paths
    .filter((path) => left.get(path) !== right.get(path))
    .map((path) => (!left.has(path) ? `only in ${b}: ${path}` : !right.has(path) ? `only in ${a}: ${path}` : `differs: ${path}`));
}
