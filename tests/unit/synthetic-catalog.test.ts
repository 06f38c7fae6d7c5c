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
});
