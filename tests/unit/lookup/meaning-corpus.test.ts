/**
 * The whole lookup on its tuning cases (corpus.yaml `meanings`) against the real catalog: own words,
 * system words, contradictions, foreign error domains, missing labelled codes. The held-out set
 * (own-words.yaml) is scored by `npm run bench:pastes`, never here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import { makeCodeIndex } from '../../../src/exports/code-index.ts';
import { lookUpPaste } from '../../../src/lookup/look-up-paste.ts';
import { getShownPages, readMeaningCases } from '../../helpers/paste-fixtures.ts';

const index = makeCodeIndex(await loadCatalog('.'), { base: '/' });

for (const { paste, expect, missing, note, todo } of readMeaningCases()) {
  test(`meanings: ${note}`, { todo }, () => {
    const outcome = lookUpPaste(paste, index);
    const shown = getShownPages(outcome);
    const expected = expect.map(([system, code]) => `${system}:${code}`);
    if (expected.length > 0) {
      assert.ok(expected.includes(shown[0] ?? ''), `${paste}: first ${shown[0]}, want one of ${expected.join(' ')} (${shown.join(' ')})`);
    } else {
      assert.notEqual(outcome.kind, 'open', `${paste}: opened ${shown[0]}`);
    }
    if (missing !== undefined) assert.deepEqual([outcome.kind, outcome.kind === 'missing' && outcome.code], ['missing', missing]);
  });
}
