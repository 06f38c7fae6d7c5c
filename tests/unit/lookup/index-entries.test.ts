import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeCodeIndex } from '../../../src/exports/code-index.ts';
import { getDomainUrl, getEntryLabel, getEntryPlace, getEntryTitle, getEntryUrl, isRange } from '../../../src/lookup/index-entries.ts';
import { loadFixtureCatalog } from '../../helpers/fixtures.ts';

const index = makeCodeIndex(await loadFixtureCatalog('valid'), { base: 'errors' });
const code = index.entries.find((entry) => entry.code === '10010')!;
const range = index.entries.find((entry) => entry.code === '120001')!;

test('records lead to the pages src/urls.ts makes, under the base path', () => {
  assert.equal(index.base, '/errors/');
  assert.equal(getEntryUrl(index, code), '/errors/example/10010/');
  assert.equal(getEntryUrl(index, range), '/errors/example/120001-130000/');
  assert.equal(getDomainUrl(index, 'example', code.domain), `/errors/example/${code.domain}/`);
});

test('a range is labelled by its bounds, a code by its number; titles are the first clause', () => {
  assert.equal(isRange(range), true);
  assert.equal(isRange(code), false);
  assert.equal(getEntryLabel(code), '10010');
  assert.equal(getEntryLabel(range), '120001–130000');
  assert.equal(getEntryTitle(code), '群组不存在');
});

test('every record names a system and a domain the index has', () => {
  for (const entry of index.entries) {
    const { system, domain } = getEntryPlace(index, entry);
    assert.deepEqual([system.id, domain.id], [entry.system, entry.domain]);
  }
});
