import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { h } from 'hastscript';
import { makeText } from '../../src/markdown/html-tree.ts';
import { makePlainSectionHeading, makeSectionHeading } from '../../src/markdown/markdown-body.ts';
import { makePageFile } from '../../src/markdown/page-file.ts';

describe('generated page files', () => {
  it('write JSON frontmatter under a do-not-edit stamp, then the blocks separated by blank lines', () => {
    const page = makePageFile(
      's/1.md',
      'content/catalog/s/d.yaml',
      { title: '1 "引号"', description: undefined, prev: false, next: { link: '/s/2/', label: '2' } },
      [h('p', [makeText('第一行\n\n# 不是标题')]), ...makeSectionHeading('来源 <b>*'), makePlainSectionHeading('说明')],
    );
    assert.deepEqual(page, {
      path: 's/1.md',
      text:
        '---\n' +
        '# generated from content/catalog/s/d.yaml — do not edit; change the catalog and run `npm run generate`\n' +
        'title: "1 \\"引号\\""\n' +
        'prev: false\n' +
        'next: {"link":"/s/2/","label":"2"}\n' +
        '---\n' +
        '\n' +
        '<p>第一行 # 不是标题</p>\n' +
        '\n' +
        '<div class="section-heading" data-pagefind-ignore>\n' +
        '\n' +
        '## 来源 \\<b>\\*\n' +
        '\n' +
        '</div>\n' +
        '\n' +
        '<h2 class="section-heading" data-pagefind-ignore>说明</h2>\n',
    });
  });

  it('keep a heading on one line', () => {
    assert.match(makePageFile('a.md', 'a.yaml', {}, makeSectionHeading('甲\n乙')).text, /\n## 甲 乙\n/);
  });

  it('refuse an HTML block holding a blank line, which would hand the rest of it to the Markdown parser', () => {
    assert.throws(() => makePageFile('a.md', 'a.yaml', {}, [h('p', '第一行\n\n# 第二行')]), /A blank line would end this HTML block early/);
  });
});
