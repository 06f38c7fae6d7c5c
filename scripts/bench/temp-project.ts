/**
 * A throwaway Astro project for the benchmarks: its own catalog, pages, caches and dist/. It lives in
 * .bench/ inside the repository (gitignored), so packages resolve from the project's node_modules
 * without links, which Vite would resolve to the real paths and confuse.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export async function makeTempProject(prefix: string, files: { path: string; text: string }[], copies: string[] = []): Promise<string> {
  await mkdir('.bench', { recursive: true });
  const root = await mkdtemp(join(resolve('.bench'), prefix));
  for (const path of copies) await cp(resolve(path), join(root, path), { recursive: true });
  for (const file of files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.text);
  }
  return root;
}

/** Everything a previous build left, so each measured build starts cold. */
export async function clearBuildState(root: string, generated: string[]): Promise<void> {
  for (const path of ['dist', '.astro', 'node_modules', ...generated]) {
    await rm(join(root, path), { recursive: true, force: true });
  }
}
