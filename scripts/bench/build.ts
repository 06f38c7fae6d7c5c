/**
 * `npm run bench [-- --codes 500,2000,10000] [-- --runs 3] [-- --shape 3x10,10x20]`: builds the whole site
 * from a synthetic catalog of N codes (in systems × domains) in a temporary project (the real catalog and
 * dist/ are never touched), and a bare Starlight site with N trivial pages as the framework's floor. Prints
 * one JSON object per N and shape; timings are medians over the runs.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalog } from '../../src/catalog/build-catalog.ts';
import { generateSite } from '../../src/markdown/generate-site.ts';
import { runMain } from '../../src/node/run-command.ts';
import { getSiteConfig } from '../../src/site-config.ts';
import { makeFloorFiles } from './floor-project.ts';
import { getOfflineFigures } from './offline-figures.ts';
import { makeSyntheticCatalog, type CatalogShape } from './synthetic-catalog.ts';
import { clearBuildState, discard, emptyTrash, makeTempProject } from './temp-project.ts';

const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json'];

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2;
};
const round = (seconds: number) => Number(seconds.toFixed(2));

function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { seconds: number; output: string } {
  const started = performance.now();
  // The temporary project builds its own catalog into its own dist/, whatever the caller's shell sets.
  const childEnv = { ...process.env, CATALOG_DIR: '', OUT_DIR: '', ...env };
  const result = spawnSync(command, args, { cwd, env: childEnv, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return { seconds, output: `${result.stdout}\n${result.stderr}` };
}

/** Starlight's Pagefind run, in the floor's build. */
const PAGEFIND_LOG = /Finished building search index in ([\d.]+)(ms|s)/;
/** Ours builds the index while the pages render (src/integrations/search-index.ts): the wait it adds after them. */
const SEARCH_INDEX_LOG = /Search index of \d+ pages written \(([\d.]+) (s) after the pages\)/;

/**
 * A step's duration from the build log: Starlight's "Finished building search index in 0.78s" (or
 * "in 694ms") and our integrations' "… (1.24 s)".
 */
function getLoggedSeconds(output: string, pattern: RegExp): number {
  const match = pattern.exec(output);
  if (!match) throw new Error(`No ${pattern} in the build log:\n${output}`);
  return match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
}

async function getFiles(dir: string): Promise<{ path: string; bytes: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path: path.slice(dir.length + 1), bytes: (await stat(path)).size };
      }),
  );
}

type OurBuild = Record<'total' | 'contentLoad' | 'astro' | 'pagefind' | 'serviceWorker' | 'numberRedirects', number>;

/** One cold build of our site as `npm run build` runs it, with its steps read from the log. */
async function buildOurs(root: string): Promise<OurBuild> {
  await clearBuildState(root);
  const build = timed(process.execPath, ['scripts/build.ts'], root, { OUT_DIR: 'dist' });
  const pagefind = getLoggedSeconds(build.output, SEARCH_INDEX_LOG);
  const serviceWorker = getLoggedSeconds(build.output, /precached for offline use \(([\d.]+) (s)\)/);
  const numberRedirects = getLoggedSeconds(build.output, /redirect pages written \(([\d.]+) (s)\)/);
  return {
    total: build.seconds,
    // The content loader: the catalog's pages generated, rendered from Markdown and stored (src/integrations/catalog-loader.ts).
    contentLoad: getLoggedSeconds(build.output, /\d+ pages from .* \(([\d.]+) (s)\)/),
    astro: build.seconds - pagefind - serviceWorker - numberRedirects,
    pagefind,
    serviceWorker,
    numberRedirects,
  };
}

async function buildFloor(root: string): Promise<{ total: number; pagefind: number }> {
  await clearBuildState(root);
  const build = timed('npx', ['astro', 'build'], root);
  return { total: build.seconds, pagefind: getLoggedSeconds(build.output, PAGEFIND_LOG) };
}

async function measure(codeCount: number, shape: CatalogShape, runs: number) {
  const catalogFiles = makeSyntheticCatalog(codeCount, shape);
  const loadTimes: number[] = [];
  const generateTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const { catalog } = buildCatalog(catalogFiles);
    const loaded = performance.now();
    generateSite(catalog!);
    loadTimes.push((loaded - started) / 1000);
    generateTimes.push((performance.now() - loaded) / 1000);
  }
  const { devDependencies } = JSON.parse(await readFile('package.json', 'utf8')) as { devDependencies: Record<string, string> };
  const root = await makeTempProject('bench-ours-', catalogFiles, PROJECT_FILES);
  const floorRoot = await makeTempProject('bench-floor-', makeFloorFiles(codeCount, devDependencies));
  const builds: OurBuild[] = [];
  const floorBuilds: { total: number; pagefind: number }[] = [];
  try {
    // Ours and the floor alternate, so that this machine's speed drifting over minutes affects both alike.
    for (let run = 0; run < runs; run++) {
      builds.push(await buildOurs(root));
      floorBuilds.push(await buildFloor(floorRoot));
    }
    const dist = join(root, 'dist');
    const files = await getFiles(dist);
    const domainIds = new Set(
      catalogFiles
        .filter((file) => !file.path.endsWith('system.yaml'))
        .map((file) => file.path.split('/').slice(2).join('/').replace('.yaml', '')),
    );
    const codePageFiles = files.filter((file) => /^system-\d+\/\d+\/index\.html$/.test(file.path));
    const codePages = codePageFiles.map((file) => file.bytes);
    const domainPages = files.filter((file) => domainIds.has(file.path.replace('/index.html', ''))).map((file) => file.bytes);
    const floorPages = (await getFiles(join(floorRoot, 'dist')))
      .filter((file) => /^page-\d+\/index\.html$/.test(file.path))
      .map((file) => file.bytes);
    const medianOf = (step: keyof OurBuild) => round(median(builds.map((build) => build[step])));
    return {
      codes: codeCount,
      shape: `${shape.systems} systems × ${shape.domains} domains`,
      runs,
      // In-process: parsing and validating the YAML catalog, then the pure generator (catalog → Markdown pages).
      catalogLoadSeconds: round(median(loadTimes)),
      generateSeconds: round(median(generateTimes)),
      // The steps of one build: the content loader (load, generate, render Markdown; part of Astro's time),
      // Astro and Starlight (content sync, bundling, rendering), Pagefind, and our two post-build steps.
      contentLoadSeconds: medianOf('contentLoad'),
      astroBuildSeconds: medianOf('astro'),
      // Only what Pagefind adds after the pages; the rest of its work overlaps Astro's and counts there.
      pagefindSeconds: medianOf('pagefind'),
      serviceWorkerSeconds: medianOf('serviceWorker'),
      numberRedirectsSeconds: medianOf('numberRedirects'),
      totalSeconds: medianOf('total'),
      totalSecondsPerRun: builds.map((build) => round(build.total)),
      pageCount: files.filter((file) => file.path.endsWith('.html')).length,
      codePageHtmlBytes: { median: median(codePages), max: Math.max(...codePages) },
      largestDomainPageBytes: Math.max(...domainPages),
      distBytes: files.reduce((sum, file) => sum + file.bytes, 0),
      pagefindBytes: files.filter((file) => file.path.startsWith('pagefind/')).reduce((sum, file) => sum + file.bytes, 0),
      serviceWorkerBytes: (await readFile(join(dist, 'sw.js'))).length,
      // A first visit to a code page (page, worker, the shell it precaches) and the full offline download.
      offline: await getOfflineFigures(dist, codePageFiles[0]!.path.replace(/index\.html$/, '')),
      floor: {
        pages: codeCount,
        totalSeconds: round(median(floorBuilds.map((build) => build.total))),
        totalSecondsPerRun: floorBuilds.map((build) => round(build.total)),
        pagefindSeconds: round(median(floorBuilds.map((build) => build.pagefind))),
        pageHtmlBytesMedian: median(floorPages),
      },
      // The median of each run's ratio to the floor build right after it.
      ratioToFloor: Number(median(builds.map((build, run) => build.total / floorBuilds[run]!.total)).toFixed(2)),
    };
  } finally {
    await discard(root);
    await discard(floorRoot);
  }
}

export async function main(args = process.argv.slice(2)): Promise<void> {
  const options = {
    codes: { type: 'string', default: '500,2000,10000' },
    runs: { type: 'string', default: '3' },
    shape: { type: 'string', default: '3x10' },
  } as const;
  const { values } = parseArgs({ args, options });
  // The builds inherit SITE_URL, BASE_PATH and REPORT_URL: a wrong one is reported now, not after minutes of building.
  getSiteConfig(process.env);
  const shapes = values.shape.split(',').map((text) => {
    const match = /^(\d+)x(\d+)$/.exec(text);
    if (!match) throw new Error(`--shape ${text}: write systems x domains, e.g. 3x10 or 10x20`);
    return { systems: Number(match[1]), domains: Number(match[2]) };
  });
  try {
    for (const shape of shapes)
      for (const codes of values.codes.split(',').map(Number))
        console.log(JSON.stringify(await measure(codes, shape, Number(values.runs))));
  } finally {
    await emptyTrash();
  }
}

if (import.meta.main) await runMain(main);
