/**
 * `npm run build`: generate the pages, then build the site into a fresh directory and swap it into
 * place only when Astro and Pagefind succeeded. A failed check or build leaves the previous site as it was.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { swapDirectory } from '../src/node/fs.ts';
import { getSiteConfig } from '../src/site-config.ts';

const { outDir } = getSiteConfig(process.env);
const staging = `${outDir}.staging`;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\nThe build failed; ${outDir}/ is unchanged.`);
    process.exit(result.status ?? 1);
  }
}

run(process.execPath, ['scripts/generate.ts'], process.env);
await rm(staging, { recursive: true, force: true });
run('npx', ['astro', 'build'], { ...process.env, OUT_DIR: staging });
await swapDirectory(staging, outDir);
