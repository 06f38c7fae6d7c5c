import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtmlText } from '../../src/escape-html.ts';
import { makeSafeHead } from '../../src/site/safe-head.ts';

describe('makeSafeHead', () => {
  const hostile = `群组"'></title><script>window.__pwned = 1</script><!-- & | IM 错误码目录`;

  it('writes the title as text: a catalog name cannot end it, open a script or a comment', () => {
    const [title] = makeSafeHead([{ tag: 'title', content: hostile }]);
    const escaped = `群组"'&gt;&lt;/title&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;!-- &amp; | IM 错误码目录`;
    assert.equal(title?.content, escaped);
  });

  it('leaves attributes to the renderer, which escapes them, and code entries as written', () => {
    const head = [
      { tag: 'meta' as const, attrs: { property: 'og:title', content: hostile } },
      { tag: 'script' as const, content: 'if (a < b) run();' },
    ];
    assert.deepEqual(makeSafeHead(head), head);
  });

  it('escapes only what ends text in an element', () => {
    assert.equal(escapeHtmlText(`a < b & c > d "e" 'f'`), `a &lt; b &amp; c &gt; d "e" 'f'`);
  });
});
