import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

const check = (catalog: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/check.ts', ...args], {
    env: { ...process.env, CATALOG_DIR: `tests/fixtures/catalogs/${catalog}` },
    encoding: 'utf8',
  });

describe('npm run check -- --only <rule>', () => {
  it("keeps one rule's problems, each printed with the rule's name", () => {
    const result = check('unknown-source', '--only', 'unknown-source');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /The catalog has 4 problems:/);
    assert.equal(result.stderr.match(/\[unknown-source\]/g)?.length, 4);
  });

  it('says so when that rule finds nothing, although others do', () => {
    const result = check('unknown-source', '--only', 'duplicate-code');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /No problems found by rule "duplicate-code" \(other rules found 4\)\./);
  });

  it('names the rule a typo most likely meant', () => {
    const result = check('valid', '--only', 'duplicate-cod');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /No lint rule "duplicate-cod"\. Did you mean "duplicate-code"\?/);
  });
});
