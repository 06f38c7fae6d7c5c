/**
 * A throwaway Astro project for the benchmarks: its own catalog, pages, caches and dist/. It lives in
 * .bench/ inside the repository (gitignored), so packages resolve from the project's node_modules
 * without links, which Vite would resolve to the real paths and confuse.
 */
import { cp, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

const BENCH_DIR = resolve('.bench');
const TRASH_DIR = join(BENCH_DIR, 'trash');

export async function makeTempProject(prefix: string, files: { path: string; text: string }[], copies: string[] = []): Promise<string> {
  await mkdir(BENCH_DIR, { recursive: true });
  const root = await mkdtemp(join(BENCH_DIR, prefix));
  for (const path of copies) await cp(resolve(path), join(root, path), { recursive: true });
  for (const file of files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.text);
  }
  return root;
}

/**
 * Moves a file or directory out of the way; emptyTrash() deletes it once every measurement is done.
 * Deleting thousands of files right before a measured build slows that build down on ext4 (a new
 * file's inode is searched past the recently freed ones: seconds of system time at 2,000 pages), and
 * would charge whichever build came next for the previous one's clean-up.
 */
export async function discard(path: string): Promise<void> {
  if (!(await stat(path).catch(() => undefined))) return;
  await mkdir(TRASH_DIR, { recursive: true });
  await rename(path, await mkdtemp(join(TRASH_DIR, 'item-')).then((dir) => join(dir, 'discarded')));
}

export async function emptyTrash(): Promise<void> {
  await rm(TRASH_DIR, { recursive: true, force: true });
}

/** Everything a previous build left, so each measured build starts cold. */
export async function clearBuildState(root: string): Promise<void> {
  for (const path of ['dist', '.astro', 'node_modules']) await discard(join(root, path));
}
