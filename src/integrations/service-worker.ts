/**
 * The offline copy, after the build (and after Pagefind wrote its index): every file is hashed into
 * offline-manifest.json (src/integrations/offline-manifest.ts), and the worker, src/worker/sw.ts, is bundled into
 * sw.js with esbuild, with only the build's data injected: version, catalog date, base path, manifest
 * file and the app shell it precaches. Same input, same bytes: the date is the catalog's last commit.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Astro's own dependency (Vite bundles with it too); its JS API bundles the worker.
import { build } from 'esbuild';
import { hashContent, makeManifest, makeWorkerBuild, measureManifest, type BuiltFile } from './offline-manifest.ts';
import { MANIFEST_FILE, SERVICE_WORKER_FILE } from '../offline/protocol.ts';
import { listFiles, readFiles } from '../node/fs.ts';
import { formatSeconds } from './format-seconds.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../worker/sw.ts', import.meta.url));

/** Every file of the built site with its size and content hash. */
function getBuiltFiles(dir: string): BuiltFile[] {
  return readFiles(dir, listFiles(dir), (file, content) => ({ file, size: content.length, hash: hashContent(content) }));
}

/** The date (YYYY-MM-DD) of the last commit that touched the catalog; null outside a git checkout. */
function getCatalogDate(catalogDir: string): string | null {
  const result = spawnSync('git', ['log', '-1', '--format=%cs', '--', catalogDir], { encoding: 'utf8' });
  const date = result.status === 0 ? result.stdout.trim() : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/** The worker's script for this build: sw.ts bundled, with the build's data as __OFFLINE_BUILD__. */
async function bundleWorker(data: unknown): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    define: { __OFFLINE_BUILD__: JSON.stringify(data) },
  });
  return `// Built from src/worker/sw.ts by src/integrations/service-worker.ts — do not edit.\n${result.outputFiles[0]!.text}`;
}

export function serviceWorker(options: { catalogDir: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'im-error-codes:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const manifest = makeManifest(getBuiltFiles(root), getCatalogDate(options.catalogDir));
        await writeFile(join(root, MANIFEST_FILE), JSON.stringify(manifest));
        await writeFile(join(root, SERVICE_WORKER_FILE), await bundleWorker(makeWorkerBuild(manifest, base)));
        const { shellFiles, shellBytes, files, bytes } = measureManifest(manifest);
        const kB = (size: number) => `${Math.round(size / 1000).toLocaleString('en')} KB`;
        const version = `version ${manifest.version} (catalog ${manifest.date ?? 'undated'})`;
        const shell = `${shellFiles} shell files (${kB(shellBytes)}) precached for offline use (${formatSeconds(started)})`;
        logger.info(`${SERVICE_WORKER_FILE}: ${version}; ${shell}; ${MANIFEST_FILE}: ${files} files (${kB(bytes)}) to download.`);
      },
    },
  };
}
