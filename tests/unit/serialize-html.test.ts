import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { serializeHtml } from '../../src/markdown/serialize-html.ts';

/** What the pages were serialised with before: serializeHtml must write the same bytes. */
const reference = (tree: Nodes) => toHtml(tree, { characterReferences: { useNamedReferences: true } });

/** Characters HTML, Markdown or the reference treat specially, and ordinary ones between them. */
const ALPHABET = ['<', '>', '&', '"', "'", '`', '=', '/', ';', '#', ' ', '\t', 'a', '错', '误'].concat([
  '\u0001',
  '\u007f',
  '\u00a0',
  '\u200b',
  '😀',
  '\ud800',
]);

/** Deterministic texts mixing the alphabet (a linear congruential generator, so every run tests the same). */
function makeTexts(count: number): string[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 12) }, () => ALPHABET[next() % ALPHABET.length]).join(''));
}

describe('serializeHtml', () => {
  it('escapes any text as the reference serialiser does, in text and in attribute values', () => {
    for (const text of makeTexts(400)) {
      const tree = h('p', { title: text, dataShareLabel: text, href: text }, [text]);
      assert.equal(serializeHtml(tree), reference(tree), JSON.stringify(text));
    }
  });

  it('keeps hostile catalog text inert', () => {
    const tree = h('p', { title: '"><script>x</script>' }, ['</p><script>alert(1)</script><!-- & &amp;']);
    assert.equal(
      serializeHtml(tree),
      // Inside a quoted value only the quote ends it.
      '<p title="&quot;><script>x</script>">&lt;/p>&lt;script>alert(1)&lt;/script>&lt;!-- &amp; &amp;amp;</p>',
    );
  });

  it('writes every kind of attribute the pages use as the reference does', () => {
    const trees = [
      h('a', { href: '/a/?b=1&c=2', className: ['external-link'], rel: ['external', 'noopener', 'noreferrer'] }, 'x'),
      h('div', { className: ['share-buttons', 'not-content'], dataPagefindIgnore: true, dataShareLabel: 'IM 1：x', hidden: true }),
      h('div', { dataPagefindIgnore: false, hidden: false, id: 'x' }),
      h('div', { hidden: '' }),
      h('div', { hidden: 'hidden' }),
      h('div', { hidden: 'until-found' }),
      h('input', { checked: '', disabled: 'disabled' }),
      h('code', { dataCode: true, dataPagefindWeight: '10' }, '10010'),
      h('dd', { dataPagefindFilter: '系统' }, ['IM']),
      h('section', { ariaLabel: '怎么办', className: ['code-guidance'] }),
      h('th', { scope: 'col', colSpan: 2 }, '错误码'),
      h('td', { colSpan: Number.NaN }, 'x'),
      h('p', { className: [] }, 'empty class list'),
      h('input', { accept: ['image/png', 'image/jpeg'] }),
      h('meta', { charSet: 'utf-8' }),
      h('meta', { httpEquiv: 'refresh', content: '0; url=/tencent-im/10010/' }),
      h('html', { lang: 'zh-CN', dir: 'ltr' }),
    ];
    for (const tree of trees) assert.equal(serializeHtml(tree), reference(tree));
  });

  it('writes a whole document as the reference does: doctype, void elements, raw text and tables', () => {
    const tree = h(null, [
      { type: 'doctype' },
      h('html', { lang: 'zh-CN' }, [
        h('head', [h('meta', { charset: 'utf-8' }), h('link', { rel: 'canonical', href: 'https://x/' }), h('title', '10 < 20 & "x"')]),
        h('body', [
          h('script', 'if (a < b && c) {}'),
          h('style', 'a > b { content: "&"; }'),
          h('p', ['一', h('br'), '二']),
          h('table', [h('tbody', ['\n', h('tr', [h('td', '1')]), '\n'])]),
        ]),
      ]),
    ]);
    assert.equal(serializeHtml(tree), reference(tree));
  });

  it('refuses node kinds the pages never hold, instead of writing them unescaped', () => {
    assert.throws(() => serializeHtml({ type: 'raw', value: '<b>' } as unknown as Nodes), /raw nodes are not supported/);
    assert.throws(() => serializeHtml({ type: 'comment', value: 'x' }), /comment nodes are not supported/);
  });
});
