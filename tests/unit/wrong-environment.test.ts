/**
 * A wrong environment variable or catalog folder, as a new user would set it, on the real commands run
 * as child processes: one line saying what is wrong and what to write instead, exit status 1, no stack.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });

/** stderr must be exactly `line`: nothing else, in particular no stack frame. */
function assertOneLine(result: ReturnType<typeof run>, line: string): void {
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'a stack trace');
  assert.equal(result.stderr.trim(), line);
  assert.equal(result.status, 1);
}

const BAD_SITE_URL = 'SITE_URL="errors.example.com": must be an absolute http(s) URL, e.g. https://errors.example.com';
const COMMANDS: Record<string, string[]> = {
  'npm run build (and npm start)': ['scripts/build.ts'],
  'npm run page': ['scripts/page.ts', '/'],
  'npm run check': ['scripts/check.ts'],
  'npm run explain': ['scripts/explain.ts', 'ErrorCode: 70001'],
  'npm run package': ['scripts/package.ts'],
  'npm run report:guidance': ['scripts/report-guidance.ts'],
  'npm run bench': ['scripts/bench/build.ts', '--codes', '10', '--runs', '1'],
  'npm run bench:search': ['scripts/bench/search.ts'],
  'npm run bench:pastes': ['scripts/bench/pastes.ts'],
};

describe('a wrong environment gets one line and exit status 1', () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    it(`${name}: a SITE_URL without its scheme`, () => {
      assertOneLine(run(args, { SITE_URL: 'errors.example.com' }), BAD_SITE_URL);
    });
  }

  it('astro build itself (astro.config.mjs reads the same variables)', () => {
    assertOneLine(run(['node_modules/astro/bin/astro.mjs', 'build'], { SITE_URL: 'errors.example.com' }), BAD_SITE_URL);
  });

  it('a catalog folder that does not exist, relative or absolute', () => {
    assertOneLine(
      run(['scripts/check.ts'], { CATALOG_DIR: 'content/no-such-catalog' }),
      `CATALOG_DIR="content/no-such-catalog": there is no folder ${resolve('content/no-such-catalog')}; ` +
        'point CATALOG_DIR at a catalog folder, e.g. content/catalog',
    );
    assertOneLine(
      run(['scripts/explain.ts', '10010'], { CATALOG_DIR: '/srv/no-such-catalog' }),
      'CATALOG_DIR="/srv/no-such-catalog": there is no folder /srv/no-such-catalog; ' +
        'point CATALOG_DIR at a catalog folder, e.g. content/catalog',
    );
  });

  const empty = mkdtemp(join(tmpdir(), 'empty-catalog-'));
  after(async () => rm(await empty, { recursive: true, force: true }));

  it('a catalog folder that holds no system: an empty one, or the folder above the catalog', async () => {
    const dir = await empty;
    assertOneLine(
      run(['scripts/page.ts', '/'], { CATALOG_DIR: dir }),
      `CATALOG_DIR="${dir}": ${dir} holds no system (<system>/system.yaml beside categories.yaml); ` +
        'point CATALOG_DIR at a catalog folder, e.g. content/catalog',
    );
    assert.match(run(['scripts/check.ts'], { CATALOG_DIR: 'content' }).stderr, /^CATALOG_DIR="content": .* holds no system/);
  });

  it('an absolute catalog folder is read like a relative one', () => {
    const result = run(['scripts/check.ts'], { CATALOG_DIR: resolve('tests/fixtures/catalogs/site') });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^The catalog is valid: 2 systems/);
  });

  it('a broken catalog keeps its file:line:col report, without a stack', () => {
    const result = run(['scripts/explain.ts', '10010'], { CATALOG_DIR: 'tests/fixtures/catalogs/duplicate-code' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^The catalog has \d+ problems?:/);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
  });
});
