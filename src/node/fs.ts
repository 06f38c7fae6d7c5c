/** File-system plumbing shared by the scripts and the build integrations (Node only). */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { access, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** Tens of thousands of files opened at once would exhaust the open-file limit. */
const BATCH_SIZE = 256;

/** Whether `path` exists (a file or a directory). */
export async function isPresent(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Runs `task` over `items`, at most BATCH_SIZE at a time, keeping the results in order. */
export async function mapInBatches<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += BATCH_SIZE)
    results.push(...(await Promise.all(items.slice(start, start + BATCH_SIZE).map(task))));
  return results;
}

/**
 * Every file under `dir`, as `/`-separated paths relative to it, sorted. Synchronous, like writeFiles and
 * readFiles: these run while nothing else does, and for tens of thousands of small files the thread pool's
 * round trips cost more than the file system (30,000 files listed in 0.24 s instead of 0.29–0.43 s).
 */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Each file's bytes, read one after another (see listFiles): 30,000 files read and hashed in 0.5 s instead of 1.3–1.5 s. */
export function readFiles<R>(dir: string, paths: readonly string[], task: (path: string, bytes: Buffer) => R): R[] {
  return paths.map((path) => task(path, readFileSync(join(dir, path))));
}

/** Writes files (paths relative to `root`), creating their directories; synchronous, see listFiles (10,000 pages: 0.63 s, not 0.94 s). */
export function writeFiles(root: string, files: readonly { path: string; text: string }[]): void {
  for (const dir of new Set(files.map((file) => dirname(join(root, file.path))))) mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(root, file.path), file.text);
}

/**
 * Replaces `target` with the finished `staging` directory in two renames, so readers of `target` see
 * either the old or the new tree, never a half-written one, and a failure before this leaves it as it was.
 */
export async function swapDirectory(staging: string, target: string): Promise<void> {
  const previous = `${target}.previous`;
  await rm(previous, { recursive: true, force: true });
  await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}
