/**
 * `npm run build`: check the catalog, then build the site into a fresh directory and swap it into place only
 * when Astro and Pagefind succeeded. A broken catalog or a failed build leaves the previous site as it was.
 * Astro runs in this process, so the catalog is read and validated once: astro.config.mjs and the content
 * loader take the one loaded here (src/catalog/get-catalog.ts).
 */
import { rm } from 'node:fs/promises';
import { build } from 'astro';
import { getCatalog } from '../src/catalog/get-catalog.ts';
import { CatalogError } from '../src/catalog/problems.ts';
import { swapDirectory } from '../src/node/fs.ts';
import { runMain } from '../src/node/run-command.ts';
import { getSiteConfig } from '../src/site-config.ts';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { outDir, catalogDir } = getSiteConfig(env);
  const failed = () => {
    console.error(`\nThe build failed; ${outDir}/ is unchanged.`);
    return 1;
  };
  try {
    await getCatalog('.', catalogDir);
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    console.error(error.message);
    return failed();
  }
  const staging = `${outDir}.staging`;
  await rm(staging, { recursive: true, force: true });
  try {
    // astro.config.mjs reads the environment; OUT_DIR is given here as Astro's own option instead.
    await build({ root: '.', outDir: staging, logLevel: 'info' });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return failed();
  }
  await swapDirectory(staging, outDir);
  return 0;
}

if (import.meta.main) await runMain(main);
