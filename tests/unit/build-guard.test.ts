/** A broken catalog stops the build before anything a reader or a developer relies on changes. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

describe('a failed check or build', () => {
  it('reports every problem and leaves the previous site untouched', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'previous-site-'));
    await writeFile(join(outDir, 'index.html'), 'the previous site');
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, CATALOG_DIR: 'tests/fixtures/catalogs/several-problems', OUT_DIR: outDir },
      encoding: 'utf8',
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /The catalog has 3 problems:/);
    assert.match(result.stderr, /several-problems\/example\/group\.yaml:7:5: unknown field "mesage"/);
    assert.match(result.stderr, /several-problems\/example\/relationship\.yaml:7:14: codes\[0\]\.message must not be empty/);
    assert.equal(await readFile(join(outDir, 'index.html'), 'utf8'), 'the previous site');
    assert.deepEqual(await readdir(outDir), ['index.html']);
  });

  it('fails with one line, leaving the previous site, when Pagefind cannot build the search index', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'previous-site-'));
    await writeFile(join(outDir, 'index.html'), 'the previous site');
    // The pagefind package runs the binary these variables name instead of its own.
    const missing = join(outDir, 'no-such-pagefind');
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: {
        ...process.env,
        CATALOG_DIR: 'tests/fixtures/catalogs/site',
        OUT_DIR: outDir,
        PAGEFIND_EXTENDED_BINARY_PATH: missing,
        PAGEFIND_BINARY_PATH: missing,
      },
      encoding: 'utf8',
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^Pagefind, which builds the search index, did not start: .+$/m);
    assert.match(result.stderr, /The build failed; .* is unchanged\./);
    assert.deepEqual(await readdir(outDir), ['index.html']);
  });

  it('npm run check says the same and exits non-zero', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts'], {
      env: { ...process.env, CATALOG_DIR: 'tests/fixtures/catalogs/duplicate-code' },
      encoding: 'utf8',
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /group\.yaml:18:11: duplicate code 10010 in system "example" \(first at :6:11\) \[duplicate-code\]/);
  });
});
