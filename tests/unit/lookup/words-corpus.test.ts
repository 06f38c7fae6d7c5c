/**
 * The whole lookup on its tuning queries in readers' own words and SDK/REST English strings
 * (corpus.yaml `words`) against the real catalog: a right page among the first three, no wrong page
 * opened, and no page at all for a query that names no IM error. The held-out set (own-words.yaml) is
 * scored by `npm run bench:pastes`, never here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import { makeCodeIndex } from '../../../src/exports/code-index.ts';
import { lookUpPaste } from '../../../src/lookup/look-up-paste.ts';
import { getShownPages, readWordsCases } from '../../helpers/paste-fixtures.ts';

const index = makeCodeIndex(await loadCatalog('.'), { base: '/' });

for (const { paste, expect, family, note, todo } of readWordsCases()) {
  test(`words (${family}): ${note}`, { todo }, () => {
    const outcome = lookUpPaste(paste, index);
    const shown = getShownPages(outcome);
    const expected = expect.map(([system, code]) => `${system}:${code}`);
    if (expected.length > 0) {
      const top = shown.slice(0, 3);
      const message = `${paste}: shows ${top.join(' ') || 'nothing'}, want one of ${expected.join(' ')}`;
      assert.ok(
        top.some((page) => expected.includes(page)),
        message,
      );
      if (outcome.kind === 'open') assert.ok(expected.includes(shown[0]!), `${paste}: opened ${shown[0]}`);
    } else {
      assert.notEqual(outcome.kind, 'open', `${paste}: opened ${shown[0]}`);
    }
  });
}
