/**
 * A second build of the site with one code's message changed, as the next deployment would be. It is
 * built from this project (a copy elsewhere would give Astro's scoped styles other class names, and so
 * change every page) with CATALOG_DIR pointing at an edited copy of the catalog under .bench/
 * (gitignored), into its own output directory; nothing of the project changes.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const CHANGED_CODE = {
  file: 'tencent-im/group.yaml',
  code: '10010',
  before: '群组不存在，或者曾经存在过，但是目前已经被解散。',
  after: '群组不存在，或者已经被解散。',
};

const CATALOG_COPY = '.bench/offline-second-build/catalog';
export const SECOND_BUILD_DIR = '.bench/offline-second-build/dist';

function run(args: string[], env: Record<string, string>): void {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Builds the changed site into SECOND_BUILD_DIR; `discard()` deletes it and the catalog copy. */
export async function buildChangedSite(): Promise<{ dist: string; discard: () => Promise<void> }> {
  await rm(CATALOG_COPY, { recursive: true, force: true });
  await mkdir(CATALOG_COPY, { recursive: true });
  await cp('content/catalog', CATALOG_COPY, { recursive: true });
  const file = join(CATALOG_COPY, CHANGED_CODE.file);
  const yaml = await readFile(file, 'utf8');
  if (!yaml.includes(`message: ${CHANGED_CODE.before}`)) {
    throw new Error(`${CHANGED_CODE.file} no longer has the message this test changes`);
  }
  await writeFile(file, yaml.replace(`message: ${CHANGED_CODE.before}`, `message: ${CHANGED_CODE.after}`));
  run(['scripts/build.ts'], { OUT_DIR: SECOND_BUILD_DIR, CATALOG_DIR: CATALOG_COPY, BASE_PATH: '', SITE_URL: '' });
  return {
    dist: SECOND_BUILD_DIR,
    discard: async () => {
      await rm(SECOND_BUILD_DIR, { recursive: true, force: true });
      await rm('.bench/offline-second-build', { recursive: true, force: true });
    },
  };
}
