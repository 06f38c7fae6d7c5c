import { h } from 'hastscript';
import { CATALOG_DIR, type Catalog } from '../catalog/model.ts';
import { makeUrl } from '../urls.ts';
import { countCodes } from '../catalog/queries.ts';
import { makeInternalLink } from './html-tree.ts';
import { makeSectionHeading } from './markdown-body.ts';
import { makePage, type GeneratedPage } from './page.ts';
import { renderDomainTable } from './render-system-page.ts';

/** The shape of every code page's address, as the home page spells it out. */
const ADDRESS_PATTERN = '/系统/错误码/';

/** The home page: what the site holds, how to find a code, and every system's domains. */
export function renderHomePage(catalog: Catalog, options: { base: string }): GeneratedPage {
  const { base } = options;
  const total = catalog.systems.reduce((sum, system) => sum + countCodes(system), 0);
  const systemNames = catalog.systems.map((system) => system.name).join('、');
  // The example address comes from the largest system: the one readers most likely came for.
  const largest = [...catalog.systems].sort((a, b) => countCodes(b) - countCodes(a))[0];
  const exampleUrl = largest && makeUrl({ kind: 'code', system: largest.id, code: largest.domains[0]!.codes[0]!.code }, { base });
  const exampleLink = exampleUrl ? makeInternalLink(exampleUrl, exampleUrl) : null;
  const body = [
    h(
      'p',
      { className: ['home-intro'] },
      '在日志或报错弹窗里看到一个错误码？' +
        `这里收录了 ${catalog.systems.length} 个即时通讯平台的 ${total} 个错误码：` +
        '每个错误码都有自己的页面，写明含义、处理建议和出处，链接可以直接贴进工单。' +
        '全站搜索在浏览器本地完成，内网和离线环境也能用。',
    ),
    ...makeSectionHeading('如何查找'),
    h('ul', { className: ['home-howto'] }, [
      h('li', [
        '在上面的输入框里输入错误码，或者直接粘贴手头的日志、接口返回或报错信息（例如 ',
        h('code', '{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"…"}'),
        '、',
        h('code', 'PlatformException(6013, …)'),
        '、',
        h('code', '连接状态 -6'),
        '），会直接打开对应错误码的页面；提到多个错误码时列出全部，最可能的排在前面。',
      ]),
      h('li', [
        '输入其他文字则进行全文搜索；也可以按 ',
        h('kbd', 'Ctrl'),
        ' + ',
        h('kbd', 'K'),
        '（Mac 上为 ',
        h('kbd', '⌘'),
        ' + ',
        h('kbd', 'K'),
        '）打开搜索，按系统和分类筛选结果。',
      ]),
      h('li', [
        '也可以从下面的系统和分类逐级浏览，或者',
        makeInternalLink(makeUrl({ kind: 'categories' }, { base }), '按问题类别'),
        '（认证、限频、权限、网络……）查看各系统的同类错误码；',
        makeInternalLink(makeUrl({ kind: 'differences' }, { base }), '各版本说法不同的错误码'),
        '单独列出。',
      ]),
      exampleLink ? h('li', ['错误码页面的地址固定为 ', h('code', ADDRESS_PATTERN), '，例如 ', exampleLink, '。']) : null,
    ]),
    ...catalog.systems.flatMap((system) => [
      ...makeSectionHeading(system.name),
      h('p', [
        makeInternalLink(makeUrl({ kind: 'system', system: system.id }, { base }), `${system.name}（${system.nameEn}）`),
        `：${countCodes(system)} 个错误码，${system.domains.length} 个分类。`,
      ]),
      renderDomainTable(system, base),
    ]),
  ];
  return makePage(
    { kind: 'home' },
    CATALOG_DIR,
    {
      title: 'IM 错误码目录',
      description: `即时通讯平台错误码速查：${systemNames}共 ${total} 个错误码的含义与处理建议。`,
    },
    body,
  );
}
