/** File-system plumbing shared by the scripts and the build integrations (Node only). */
import { access, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
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
 * Every file under `dir`, as `/`-separated paths relative to it, sorted. Directories are read
 * concurrently: readdir's own `recursive` reads one at a time (1.24 s → 0.77 s for 2,000 codes' site).
 */
export async function listFiles(dir: string): Promise<string[]> {
  const walk = async (current: string): Promise<string[]> => {
    const entries = await readdir(current, { withFileTypes: true });
    const nested = await Promise.all(
      entries.map(async (entry) =>
        entry.isDirectory() ? walk(join(current, entry.name)) : entry.isFile() ? [join(current, entry.name)] : [],
      ),
    );
    return nested.flat();
  };
  return (await walk(dir)).map((path) => relative(dir, path).split(sep).join('/')).sort();
}

/** Writes files (paths relative to `root`), creating their directories. */
export async function writeFiles(root: string, files: readonly { path: string; text: string }[]): Promise<void> {
  for (const dir of new Set(files.map((file) => dirname(join(root, file.path))))) await mkdir(dir, { recursive: true });
  await mapInBatches(files, (file) => writeFile(join(root, file.path), file.text));
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
