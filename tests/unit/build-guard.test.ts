/** A broken catalog stops the build before anything a reader or a developer relies on changes. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

async function snapshot(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  const stats = await Promise.all(entries.sort().map(async (entry) => `${entry} ${(await stat(join(dir, entry))).mtimeMs}`));
  return stats.join('\n');
}

describe('a failed check or build', () => {
  it('reports every problem and leaves the previous site and generated pages untouched', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'previous-site-'));
    await writeFile(join(outDir, 'index.html'), 'the previous site');
    const docsBefore = await snapshot('src/content/docs');
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
    assert.equal(await snapshot('src/content/docs'), docsBefore);
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
