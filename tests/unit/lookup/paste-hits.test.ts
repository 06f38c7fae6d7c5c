import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeCodeIndex } from '../../../src/exports/code-index.ts';
import { parsePaste } from '../../../src/lookup/parse-paste.ts';
import { getPasteHits } from '../../../src/lookup/paste-hits.ts';
import { loadFixtureCatalog } from '../../helpers/fixtures.ts';

const index = makeCodeIndex(await loadFixtureCatalog('valid'), { base: '/errors/' });

test('each match leads to its page, a range to the range page', () => {
  const hits = getPasteHits(index, parsePaste('ErrorCode: 10010, then ErrorCode: 125000', index));
  assert.deepEqual(
    hits.map(({ label, url }) => [label, url]),
    [
      ['10010', '/errors/example/10010/'],
      ['120001–130000', '/errors/example/120001-130000/'],
    ],
  );
  assert.ok(hits.every((hit) => hit.systemName !== '' && hit.title !== ''));
});

test('a match the index does not know is dropped', () => {
  const stranger = { system: 'nowhere', code: '1', value: '1', score: 100, reasons: [], spans: [] };
  assert.deepEqual(getPasteHits(index, [stranger]), []);
});
