/**
 * `npm run build`: generate the pages, then build the site into a fresh directory and swap it into
 * place only when Astro and Pagefind succeeded. A failed check or build leaves the previous site as it was.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { swapDirectory } from '../src/node/fs.ts';
import { runMain } from '../src/node/run-command.ts';
import { getSiteConfig } from '../src/site-config.ts';
import { main as generate } from './generate.ts';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { outDir } = getSiteConfig(env);
  const failed = () => {
    console.error(`\nThe build failed; ${outDir}/ is unchanged.`);
    return 1;
  };
  if ((await generate(env)) !== 0) return failed();
  const staging = `${outDir}.staging`;
  await rm(staging, { recursive: true, force: true });
  // Astro reads OUT_DIR through astro.config.mjs, so it runs as its own process with the staging directory.
  const astro = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...env, OUT_DIR: staging } });
  if (astro.status !== 0) return failed();
  await swapDirectory(staging, outDir);
  return 0;
}

if (import.meta.main) await runMain(main);
