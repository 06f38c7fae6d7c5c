import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCatalog } from '../../src/catalog/build-catalog.ts';
import { getCodeEntries } from '../../src/catalog/queries.ts';
import { makeSyntheticCatalog } from '../../scripts/bench/synthetic-catalog.ts';

describe('the benchmark catalog', () => {
  it('is the same for the same size', () => {
    assert.deepEqual(makeSyntheticCatalog(2000), makeSyntheticCatalog(2000));
  });

  it('is a valid catalog with exactly the codes asked for', () => {
    for (const size of [500, 2000]) {
      const { catalog, problems } = buildCatalog(makeSyntheticCatalog(size));
      assert.deepEqual(problems, []);
      assert.equal(getCodeEntries(catalog!).length, size);
    }
  });

  it('takes the many-systems shape: ten systems of twenty domains', () => {
    const { catalog, problems } = buildCatalog(makeSyntheticCatalog(2000, { systems: 10, domains: 20 }));
    assert.deepEqual(problems, []);
    assert.equal(catalog!.systems.length, 10);
    assert.ok(catalog!.systems.every((system) => system.domains.length === 20));
    assert.equal(getCodeEntries(catalog!).length, 2000);
  });
});
