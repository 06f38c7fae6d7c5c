import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { h } from 'hastscript';
import {
  getUrlLabel,
  makeExternalLink,
  makeInternalLink,
  makeLinkedText,
  makeTable,
  makeTableRow,
  makeText,
} from '../../src/markdown/html-tree.ts';
import { serializeHtml } from '../../src/markdown/serialize-html.ts';

describe('catalog text in HTML', () => {
  it('keeps markup and Markdown literal', () => {
    assert.equal(
      serializeHtml(h('p', [makeText('<script>alert(1)</script> & | *x* `y` [a](b) {c} ---')])),
      '<p>&lt;script>alert(1)&lt;/script> &amp; | *x* `y` [a](b) {c} ---</p>',
    );
  });

  it('leaves quotes in text as they are and escapes them in attributes', () => {
    assert.equal(
      serializeHtml(h('p', { title: `"双" 'single'` }, [makeText(`"双" 'single'`)])),
      `<p title="&quot;双&quot; &#x27;single&#x27;">"双" 'single'</p>`,
    );
  });

  it('turns every line break and the blanks around it into one space, so no blank line can end an HTML block', () => {
    assert.deepEqual(makeText('第一行 \n\n  # 第二行\r\n三'), { type: 'text', value: '第一行 # 第二行 三' });
  });

  it('links inside the site and, marked as external, outside it', () => {
    assert.equal(serializeHtml(makeInternalLink('/example/10010/', '10 < 20')), '<a href="/example/10010/">10 &lt; 20</a>');
    assert.equal(
      serializeHtml(makeExternalLink('https://example.com/?a=1&b="2"', '文档')),
      '<a href="https://example.com/?a=1&amp;b=&quot;2&quot;" class="external-link" rel="external noopener noreferrer">文档</a>',
    );
  });

  it("turns the first occurrence of each link's words into that link, skipping a link inside another", () => {
    const links = [
      { text: '接口文档', url: 'https://example.com/api' },
      { text: '文档', url: 'https://example.com/docs' },
      { text: '控制台', url: 'https://example.com/console' },
    ];
    assert.equal(
      serializeHtml(h('p', makeLinkedText('请在控制台查看接口文档和控制台日志。', links))),
      '<p>请在<a href="https://example.com/console" class="external-link" rel="external noopener noreferrer">控制台</a>查看' +
        '<a href="https://example.com/api" class="external-link" rel="external noopener noreferrer">接口文档</a>' +
        '和控制台日志。</p>',
    );
  });

  it('writes a table with one row per line', () => {
    const rows = [makeTableRow(['1', makeText('一')], { id: '1' }), makeTableRow(['2', [makeInternalLink('/2/', '二'), ' 已停用']])];
    assert.equal(
      serializeHtml(makeTable({ className: 'code-table', headers: ['错误码', '含义'], rows, ignoredBySearch: true })),
      '<div class="table-scroll" data-pagefind-ignore><table class="code-table">' +
        '<thead><tr><th scope="col">错误码</th><th scope="col">含义</th></tr></thead><tbody>\n' +
        '<tr id="1"><td>1</td><td>一</td></tr>\n' +
        '<tr><td>2</td><td><a href="/2/">二</a> 已停用</td></tr>\n' +
        '</tbody></table></div>',
    );
    assert.equal(
      serializeHtml(makeTable({ className: 'domain-table', headers: ['分类'], rows: [], ignoredBySearch: false })),
      '<div class="table-scroll"><table class="domain-table"><thead><tr><th scope="col">分类</th></tr></thead>' +
        '<tbody>\n</tbody></table></div>',
    );
  });
});

describe('getUrlLabel', () => {
  it('shows a short address whole, without its scheme', () => {
    assert.equal(getUrlLabel('https://trtc.io/document/34348'), 'trtc.io/document/34348');
    assert.equal(getUrlLabel('https://cloud.tencent.com/document/product/269/1671'), 'cloud.tencent.com/document/product/269/1671');
  });

  it("cuts a long repository address to its owner, name and file, keeping the line's anchor", () => {
    const url =
      'https://github.com/TencentCloud/TIMSDK/blob/3296d18770025a4740578258e074aeb60beb56b8' +
      '/Electron/lib/windows/include/TIMCloudDef.h#L297';
    assert.equal(getUrlLabel(url), 'github.com/TencentCloud/TIMSDK/…/TIMCloudDef.h#L297');
  });
});
