/** Pages of a number with several meanings: the top says so, each meaning has its own anchored section. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { generateSite } from '../../src/markdown/generate-site.ts';
import { getPageMarkdownFile } from '../../src/markdown/page.ts';
import { loadFixtureCatalog } from '../helpers/fixtures.ts';
import { getAttribute, getElements, getShownText, hasClass, type Element } from '../helpers/html.ts';

const pages = generateSite(await loadFixtureCatalog('meanings'));
const getPage = (id: string) => {
  const page = pages.find((candidate) => candidate.id === id)!;
  return {
    frontmatter: parse(getPageMarkdownFile(page).split('---\n')[1]!) as Record<string, string>,
    elements: getElements(page.markdown),
  };
};
const byClass = (elements: Element[], className: string) => elements.filter((element) => hasClass(element, className));
const within = (element: Element) => collect(element);
function collect(element: Element): Element[] {
  return element.childNodes.flatMap((child) => ('tagName' in child ? [child, ...collect(child)] : []));
}

describe('a code with two meanings', () => {
  const { frontmatter, elements } = getPage('example/-6');

  it('says at the top that the number has two meanings, linking each by where it arrives', () => {
    const [note] = byClass(elements, 'code-meanings');
    assert.ok(note);
    assert.equal(getShownText(collect(note).find((element) => element.tagName === 'p')!), '-6 有两个含义，看它从哪里来：');
    assert.deepEqual(
      collect(note)
        .filter((element) => element.tagName === 'li')
        .map((item) => [getAttribute(collect(item)[0]!, 'href'), getShownText(item)]),
      [
        ['#connection-status', '连接状态回调：客户端与服务的密钥对不上'],
        ['#local-nonet', '操作失败回调：发起操作时没有网络'],
      ],
    );
  });

  it('gives each meaning a section at its anchor, with how to tell it, its constants, its own 怎么办 and its source', () => {
    const sections = byClass(elements, 'code-meaning');
    assert.deepEqual(
      sections.map((section) => getAttribute(section, 'id')),
      ['connection-status', 'local-nonet'],
    );
    const [, operation] = sections.map(within);
    assert.equal(getShownText(byClass(operation!, 'meaning-context')[0]!), '一次操作失败时回调给应用的错误码。');
    assert.equal(getShownText(byClass(operation!, 'meaning-names')[0]!), '常量名：Local_NoNet、kEcMarsLocalNoNet（proto.h）');
    const [guidance] = byClass(operation!, 'code-guidance');
    assert.equal(getAttribute(guidance!, 'aria-label'), '怎么办：操作失败回调');
    assert.equal(getShownText(byClass(operation!, 'code-advice')[0]!), '检查设备网络后重试。');
    assert.match(getShownText(byClass(operation!, 'code-source')[0]!), /ErrorCode\.h》第 30 行/);
    // Each guidance block is a landmark of its own name, so assistive technology can tell them apart.
    assert.deepEqual(
      byClass(elements, 'code-guidance').map((block) => getAttribute(block, 'aria-label')),
      ['怎么办：连接状态回调', '怎么办：操作失败回调'],
    );
  });

  it('names every meaning in the link preview and keeps constants out of the top facts', () => {
    const connectionStatus = '连接状态回调：客户端与服务的密钥对不上。';
    assert.equal(frontmatter.description, `${connectionStatus} / 操作失败回调：发起操作时没有网络。`);
    assert.equal(
      byClass(elements, 'code-facts')
        .flatMap(collect)
        .filter((element) => hasClass(element, 'code-name')).length,
      0,
    );
  });

  it("lists both meanings in the domain table's row, each linked to its section", () => {
    const row = getPage('example/group').elements.find((element) => element.tagName === 'tr' && getAttribute(element, 'id') === '-6')!;
    assert.deepEqual(
      collect(row)
        .filter((element) => element.tagName === 'a')
        .map((link) => getAttribute(link, 'href')),
      ['/example/-6/', '/example/-6/#connection-status', '/example/-6/#local-nonet'],
    );
  });

  it("files each meaning under its own category, linked to the meaning's section", () => {
    const links = getPage('categories/invalid-request')
      .elements.filter((element) => element.tagName === 'a')
      .map((link) => getAttribute(link, 'href'));
    assert.ok(links.includes('/example/-6/#local-nonet'), links.join(' '));
    assert.ok(!links.includes('/example/-6/#connection-status'));
  });
});

describe('a code whose current meaning replaced the old document’s', () => {
  const { frontmatter, elements } = getPage('example/6016');

  it('is titled by the current meaning and says plainly what the old document said', () => {
    assert.equal(frontmatter.title, '6016 消息元素无效');
    const [note] = byClass(elements, 'code-meanings');
    const whose = '「本目录说明」和各项判断出自本目录，不是厂商的说法。';
    assert.deepEqual(
      collect(note!)
        .filter((element) => element.tagName === 'p' || element.tagName === 'li')
        .map(getShownText),
      ['6016 的含义已变：', '当前 SDK：消息元素无效', '旧版文档：注册超时', whose],
    );
  });

  it("keeps the seed's text verbatim, labelled as the vendor's, in the old document's section", () => {
    const old = within(elements.find((element) => getAttribute(element, 'id') === 'legacy-sdk')!);
    const [message] = byClass(old, 'code-message');
    assert.equal(getShownText(message!), '注册超时，需要重试');
    assert.equal(getAttribute(message!, 'data-text-by'), 'vendor');
    assert.ok(old.some((element) => element.tagName === 'h3' && getShownText(element) === '官方说明'));
  });

  it('is listed among the differences with its current meaning', () => {
    const text = getShownText(getPage('differences').elements.find((element) => hasClass(element, 'differences'))!);
    const changed = /示例 IM 6016：消息元素无效含义已变：/;
    const current = /消息元素无效，SDK 不予发送。（《ErrorCode.h》第 71 行/;
    assert.match(text, new RegExp(changed.source + current.source));
  });
});

describe('a code with one meaning', () => {
  it('keeps its page as it was: no meanings note, no sections', () => {
    const { elements } = getPage('example/10010');
    assert.equal(byClass(elements, 'code-meanings').length, 0);
    assert.equal(byClass(elements, 'code-meaning').length, 0);
    assert.equal(byClass(elements, 'code-guidance').length, 1);
  });
});
