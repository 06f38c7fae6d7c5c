import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { h } from 'hastscript';
import { makeText } from '../../src/markdown/html-tree.ts';
import { makePlainSectionHeading, makeSectionHeading } from '../../src/markdown/markdown-body.ts';
import { getPageId, getPageMarkdownFile, makePage } from '../../src/markdown/page.ts';

describe('generated pages', () => {
  it('carry their id, the catalog file, the frontmatter without unset fields, and the body as Markdown blocks', () => {
    const page = makePage(
      { kind: 'code', system: 's', code: '1' },
      'content/catalog/s/d.yaml',
      { title: '1 "引号"', description: undefined, prev: false, next: { link: '/s/2/', label: '2' } },
      [h('p', [makeText('第一行\n\n# 不是标题')]), ...makeSectionHeading('来源 <b>*'), makePlainSectionHeading('说明')],
    );
    assert.deepEqual(page, {
      id: 's/1',
      sourceFile: 'content/catalog/s/d.yaml',
      data: { title: '1 "引号"', prev: false, next: { link: '/s/2/', label: '2' } },
      markdown:
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

  it('print as one Markdown file with JSON frontmatter under a stamp naming the catalog file', () => {
    const page = makePage({ kind: 'system', system: 's' }, 'content/catalog/s/system.yaml', { title: '系统 "S"' }, []);
    assert.equal(
      getPageMarkdownFile(page),
      '---\n# generated from content/catalog/s/system.yaml — change the catalog, not this text\ntitle: "系统 \\"S\\""\n---\n\n',
    );
  });

  it('have the ids Starlight gave the Markdown files they replace', () => {
    assert.equal(getPageId({ kind: 'home' }), 'index');
    assert.equal(getPageId({ kind: 'system', system: 'tencent-im' }), 'tencent-im');
    assert.equal(getPageId({ kind: 'domain-part', system: 'tencent-im', domain: 'group', part: 2 }), 'tencent-im/group/part-2');
    assert.equal(getPageId({ kind: 'code', system: 'wildfirechat', code: '-6' }), 'wildfirechat/-6');
  });

  it('keep a heading on one line', () => {
    assert.match(makePage({ kind: 'home' }, 'a.yaml', {}, makeSectionHeading('甲\n乙')).markdown, /^## 甲 乙$/m);
  });

  it('refuse an HTML block holding a blank line, which would hand the rest of it to the Markdown parser', () => {
    assert.throws(
      () => makePage({ kind: 'home' }, 'a.yaml', {}, [h('p', '第一行\n\n# 第二行')]),
      /A blank line would end this HTML block early/,
    );
  });
});
