/**
 * `npm test`: unit tests (no build needed), lint, then the sites of tests/e2e/site-builds.ts are built and
 * Playwright runs the e2e tests against each with `astro preview`, in a system Chromium. Any failing step fails the run.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { runMain } from '../src/node/run-command.ts';
import { SITE_BUILDS } from '../tests/e2e/site-builds.ts';
import { getDifferences } from './compare-dirs.ts';
import { findBrowser } from './find-browser.ts';

/** Thrown by a failed step, so the remaining steps are skipped and the run ends with its status. */
class StepFailed extends Error {
  status: number;
  constructor(status: number) {
    super(`step failed with ${status}`);
    this.status = status;
  }
}

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    throw new StepFailed(result.status ?? 1);
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function runAll(): Promise<number> {
  run('Unit tests', process.execPath, ['--test', 'tests/unit/**/*.test.ts']);
  run('Lint (ESLint, Prettier, knip)', npm, ['run', 'lint', '--silent']);
  // After the lint, whose astro sync writes the types of Astro's virtual modules into .astro/.
  run('Type check', npm, ['run', 'typecheck', '--silent']);
  const browser = findBrowser((line) => console.log(line));
  // The real catalog's site last, so Astro's content cache is left as `npm run dev` would find it.
  for (const build of [...SITE_BUILDS].reverse()) {
    const settings = Object.entries(build.env).map(([key, value]) => `${key}=${value}`);
    run(`Build the "${build.name}" site (${settings.join(' ')})`, npm, ['run', 'build', '--silent'], { ...process.env, ...build.env });
  }
  run('Build the "site" site again, for the reproducibility check', npm, ['run', 'build', '--silent'], {
    ...process.env,
    OUT_DIR: 'dist-repro',
  });
  const differences = getDifferences('dist', 'dist-repro');
  await rm('dist-repro', { recursive: true, force: true });
  if (differences.length > 0) {
    console.error(`\n✖ Two builds of the same commit differ in ${differences.length} files:\n${differences.slice(0, 20).join('\n')}`);
    return 1;
  }
  console.log('Two builds of the same commit are byte-identical.');
  run('End-to-end tests in Chromium', npm, ['exec', '--', 'playwright', 'test'], { ...process.env, CHROMIUM_PATH: browser });
  console.log('\n✔ All tests passed.');
  return 0;
}

export async function main(): Promise<number> {
  try {
    return await runAll();
  } catch (error) {
    if (error instanceof StepFailed) return error.status;
    throw error;
  }
}

if (import.meta.main) await runMain(main);
