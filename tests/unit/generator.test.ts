import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { getShortMeaning } from '../../src/catalog/queries.ts';
import { generateSite } from '../../src/markdown/generate-site.ts';
import { getPageMarkdownFile, type GeneratedPage } from '../../src/markdown/page.ts';
import { loadFixtureCatalog } from '../helpers/fixtures.ts';
import { getAttribute, getElements, getShownText, hasClass } from '../helpers/html.ts';
import { makeInlineCatalog } from '../helpers/inline-catalog.ts';

const catalog = await loadFixtureCatalog('valid');
const files = generateSite(catalog);
/** A page as `npm run page` prints it: frontmatter, then the Markdown body. */
const getText = (page: GeneratedPage) => getPageMarkdownFile(page);
const getFile = (id: string) => {
  const file = files.find((candidate) => candidate.id === id);
  assert.ok(file, `no generated page ${id}; have ${files.map((candidate) => candidate.id).join(', ')}`);
  return getText(file);
};
/** The fields these tests read; Starlight's schema checks the rest at build time. */
interface Frontmatter {
  title: string;
  description: string;
  prev: unknown;
  next: unknown;
}
const getFrontmatterOf = (text: string) => parse(text.split('---\n')[1]!) as Frontmatter;
const getFrontmatter = (path: string) => getFrontmatterOf(getFile(path));

describe('generator', () => {
  it('writes a home, a system, its domains, one page per code and range, and the category pages', () => {
    assert.deepEqual(
      files.map((file) => file.id),
      [
        'categories',
        'categories/invalid-request',
        'categories/not-found',
        'categories/server-internal',
        'differences',
        'example',
        'example/-6',
        'example/10004',
        'example/10007',
        'example/10010',
        'example/120001-130000',
        'example/client',
        'example/group',
        'index',
      ],
    );
  });

  it('names the catalog file each page comes from', () => {
    assert.equal(files.find((file) => file.id === 'example/10010')?.sourceFile, 'tests/fixtures/catalogs/valid/example/group.yaml');
    assert.match(
      getFile('example/10010'),
      /^---\n# generated from tests\/fixtures\/catalogs\/valid\/example\/group\.yaml — change the catalog/,
    );
  });

  it('is deterministic', () => {
    assert.deepEqual(generateSite(catalog), files);
  });

  it('titles a code page with the code and its short meaning, and describes it with the message', () => {
    const frontmatter = getFrontmatter('example/10010');
    assert.equal(frontmatter.title, '10010 群组不存在');
    assert.equal(frontmatter.description, '群组不存在，或者已经被解散。');
  });

  it('links a code page to its neighbours in numeric order', () => {
    assert.deepEqual(getFrontmatter('example/10007').prev, { link: '/example/10004/', label: '10004 参数非法' });
    assert.deepEqual(getFrontmatter('example/10007').next, { link: '/example/10010/', label: '10010 群组不存在' });
    assert.equal(getFrontmatter('example/10004').prev, false);
    assert.equal(getFrontmatter('example/10010').next, false);
  });

  it('shows the handling, the domain notes, the system, domain and source on a code page', () => {
    const page = getFile('example/10010');
    assert.match(
      page,
      /<p class="text-by text-by-vendor" data-pagefind-ignore>官方处理建议<\/p><p class="code-handling">检查群组 ID。<\/p>/,
    );
    assert.match(page, /<li>所有群组接口都可能返回这些错误码。<\/li>/);
    assert.match(page, /<a href="\/example\/">示例 IM<\/a>/);
    assert.match(page, /<a href="\/example\/group\/#10010">群组系统<\/a>/);
    assert.match(page, /href="https:\/\/example\.com\/error-codes"/);
  });

  it("shows the catalog's judgement in a 怎么办 block, labelled as ours, with the category linked", () => {
    const page = getFile('example/10004');
    assert.match(page, /<h2 class="section-heading" data-pagefind-ignore>怎么办<\/h2>/);
    assert.match(page, /<dd data-pagefind-filter="类别"><a href="\/categories\/not-found\/">对象不存在<\/a><\/dd>/);
    assert.match(page, /<dd data-pagefind-filter="重试">修正后重试<\/dd>/);
    assert.match(page, /<dd data-pagefind-filter="处理方">客户端开发<\/dd>/);
    const label = /<p class="text-by text-by-catalog" data-pagefind-ignore>本目录建议<\/p>/;
    const advice = /<p class="code-advice" data-pagefind-ignore>核对请求中的标识。<\/p>/;
    assert.match(page, new RegExp(label.source + advice.source));
    assert.match(page, /类别、重试与处理方是本目录的判断，不是厂商的说法/);
  });

  it("labels a seed document's text as the vendor's and a cited source's text as ours", () => {
    const heading = (words: string) => `<h2 class="section-heading" data-pagefind-ignore>${words}</h2>\n\n`;
    const seed = getFile('example/10010');
    assert.ok(seed.includes(`${heading('官方说明')}<p class="code-message" data-text-by="vendor" data-pagefind-weight="2">`));
    const cited = getFile('example/-6');
    assert.ok(
      cited.includes(
        `${heading('本目录说明')}<p class="code-message" data-text-by="catalog" data-pagefind-weight="2">` +
          '连接时使用的 token 无效。</p>',
      ),
    );
    assert.match(cited, /<code class="code-name">ERR_EXAMPLE_TOKEN_INCORRECT<\/code>/);
    const headerUrl = 'https://github.com/example/sdk/blob/0123abc/include/ExampleErrorCode.h#L42';
    assert.match(cited, new RegExp(`《ExampleErrorCode\\.h》<a href="${headerUrl.replaceAll('.', '\\.')}"[^>]*>第 42 行</a>`));
  });

  it('shows what a newer source says beside the seed text, and lists it on the differences page', () => {
    const newer = /<li><p>较新的头文件把它叫作群组已解散。<\/p>/;
    const source = /<p class="newer-source">本目录转述，出处：《ExampleErrorCode\.h》<a [^>]*>第 7 行<\/a>/;
    assert.match(getFile('example/10010'), new RegExp(newer.source + source.source));
    assert.match(
      getFile('differences'),
      /<a href="\/example\/10010\/">示例 IM 10010：群组不存在<\/a><ul><li>较新的头文件把它叫作群组已解散。/,
    );
  });

  it('gives a range its own page and row', () => {
    const page = getFile('example/120001-130000');
    assert.equal(getFrontmatter('example/120001-130000').title, '120001–130000 应用的回调服务自定义返回的错误码。');
    assert.match(page, /<a href="\/example\/client\/#120001-130000">客户端错误码<\/a>/);
    assert.match(getFile('example/client'), /<tr id="120001-130000"><td><a href="\/example\/120001-130000\/">120001–130000<\/a><\/td>/);
  });

  it('lists a category across systems with retry and actor', () => {
    const page = getFile('categories/not-found');
    const link = /<tr><td><a href="\/example\/-6\/">-6<\/a><\/td>/;
    const cells = /<td>示例 IM<\/td><td>连接时使用的 token 无效<\/td><td>修正后重试<\/td><td>客户端开发<\/td><\/tr>/;
    assert.match(page, new RegExp(link.source + cells.source));
    assert.doesNotMatch(page, /120001/);
    assert.match(getFile('categories/server-internal'), /120001–130000/);
  });

  it('gives each row of the domain table an anchor equal to its code', () => {
    const page = getFile('example/group');
    const link = /<tr id="10010"><td><a href="\/example\/10010\/">10010<\/a><\/td>/;
    const cells = /<td>群组不存在，或者已经被解散。<\/td><td>检查群组 ID。<\/td><\/tr>/;
    assert.match(page, new RegExp(link.source + cells.source));
  });

  it('keeps every link inside the base path', () => {
    const based = generateSite(catalog, { base: '/errors/' });
    for (const file of based) {
      const hrefs = getElements(getText(file)).flatMap((element) => getAttribute(element, 'href') ?? []);
      const { prev, next } = getFrontmatterOf(getText(file));
      const frontmatterLinks = [prev, next].flatMap((value) =>
        typeof value === 'object' && value !== null && 'link' in value ? [String(value.link)] : [],
      );
      for (const href of [...hrefs, ...frontmatterLinks].filter((link) => link.startsWith('/'))) {
        assert.match(href, /^\/errors\//, `${file.id}: ${href}`);
      }
    }
  });

  it('turns the link words of a message into a link', () => {
    assert.match(
      getFile('example/10004'),
      /参数非法，请参考<a href="https:\/\/example\.com\/docs" class="external-link" rel="external noopener noreferrer">文档/,
    );
  });
});

describe('titles', () => {
  it('shortens a message to its first clause for titles', () => {
    assert.equal(getShortMeaning('群组不存在，或者曾经存在过，但是目前已经被解散。'), '群组不存在');
    assert.equal(getShortMeaning('Json格式解析失败,请检查请求包是否符合JSON规范。'), 'Json格式解析失败');
    assert.equal(
      getShortMeaning('一二三四五六七八九十一二三四五六七八九十一二三四五六'),
      '一二三四五六七八九十一二三四五六七八九十一二三…',
    );
    assert.equal(getShortMeaning('因禁言，禁止发送消息'), '因禁言，禁止发送消息');
    assert.equal(getShortMeaning('被踢出'), '被踢出');
  });
});

describe('retired codes', async () => {
  const retired = generateSite(await loadFixtureCatalog('retired-code'));
  const page = getText(retired.find((file) => file.id === 'example/10011')!);

  it('keep their page, say they are no longer used and why, and link the replacement', () => {
    const notice = /<strong>此错误码已停用。<\/strong>新版接口统一返回 10010。/;
    const replacement = /替代错误码：<a href="\/example\/10010\/">10010 群组不存在<\/a>/;
    assert.match(page, new RegExp(notice.source + replacement.source));
  });

  it('are marked in the domain table', () => {
    assert.match(
      getText(retired.find((file) => file.id === 'example/group')!),
      /<tr id="10011"><td><a href="\/example\/10011\/">10011<\/a> <span class="code-status">已停用<\/span>/,
    );
  });
});

describe('number-only redirect pages', async () => {
  const { renderNumberRedirect } = await import('../../src/exports/number-page.ts');
  const { getCodeEntries } = await import('../../src/catalog/queries.ts');
  const entry = getCodeEntries(catalog).find((candidate) => candidate.code.code === '10010')!;

  it('redirect without JavaScript to the code page under the base path', () => {
    assert.deepEqual(renderNumberRedirect(entry, { base: '/errors/', site: 'https://example.com' }), {
      path: '10010/index.html',
      text:
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>示例 IM 10010：群组不存在</title><meta http-equiv="refresh" content="0; url=/errors/example/10010/">' +
        '<link rel="canonical" href="https://example.com/errors/example/10010/"><meta name="robots" content="noindex"></head>' +
        '<body><p>正在前往 <a href="/errors/example/10010/">示例 IM 10010：群组不存在</a>……</p></body></html>\n',
    });
  });
});

describe('the page of a number several systems use', async () => {
  const site = await loadFixtureCatalog('site');
  const page = generateSite(site, { base: '/errors/' }).find((candidate) => candidate.id === '7');
  const { getCodeEntries } = await import('../../src/catalog/queries.ts');
  const sevens = getCodeEntries(site).filter((entry) => entry.code.code === '7');

  it("lists each system's code of that number with its domain and meaning, linked under the base path", () => {
    assert.ok(page, 'no page for 7, which alpha and beta both use');
    assert.equal(sevens.length, 2);
    const items = getElements(page.markdown).filter((element) => element.tagName === 'li');
    // Catalog text as text: the fixture's names and messages are full of markup.
    assert.deepEqual(
      items.map((item) => getShownText(item)),
      sevens.map(({ system, domain, code }) => `${system.name} 7（${domain.name}）：${code.message}`),
    );
    const links = getElements(page.markdown).filter((element) => element.tagName === 'a');
    assert.deepEqual(
      links.map((link) => getAttribute(link, 'href')),
      ['/errors/alpha/7/', '/errors/beta/7/'],
    );
  });

  it('stays out of the search index, where each code is found on its own page', () => {
    assert.equal(page?.data.pagefind, false);
  });
});

describe('domains too large for one table', async () => {
  const { getPublishedUrls } = await import('../../src/exports/published-urls.ts');
  const codes = Array.from({ length: 2500 }, (_, index) => ({ code: String(10_000 + index), message: `第 ${index} 个错误。` }));
  const catalog = makeInlineCatalog('big', 'huge', codes);
  const big = generateSite(catalog);
  const text = (id: string) => getText(big.find((file) => file.id === id)!);

  it('are listed in parts of 1000 codes, linked from the domain page', () => {
    assert.deepEqual(
      big.filter((file) => file.id.startsWith('big/huge/')).map((file) => file.id),
      ['big/huge/part-1', 'big/huge/part-2', 'big/huge/part-3'],
    );
    assert.match(text('big/huge'), /<a href="\/big\/huge\/part-3\/">第 3 部分：12000–12499<\/a>（500 个）/);
    const rowIds = (path: string) =>
      getElements(text(path)).flatMap((element) => (element.tagName === 'tr' ? (getAttribute(element, 'id') ?? []) : []));
    assert.deepEqual(rowIds('big/huge'), []);
    assert.equal(rowIds('big/huge/part-2').length, 1000);
    assert.equal(rowIds('big/huge/part-2')[0], '11000');
  });

  it('link each code page to its row in the part that holds it', () => {
    assert.match(text('big/11500'), /<a href="\/big\/huge\/part-2\/#11500">巨型分类<\/a>/);
  });

  it('publish the part URLs', () => {
    assert.ok(getPublishedUrls(catalog).includes('/big/huge/part-3/'));
  });
});

describe('catalog text on a code page', () => {
  const message = '<b>粗</b> & "引号"\n\n# 不是标题，见文档';
  const links = [{ text: '文档', url: 'https://example.com/docs?a=1&b=2' }];
  const catalog = makeInlineCatalog('s', 'd', [{ code: '1', message, links }]);
  const page = getText(generateSite(catalog).find((file) => file.id === 's/1')!);
  const getLine = (start: string) => page.split('\n').find((line) => line.startsWith(start));

  it('stays literal and on one line, with its link words linked', () => {
    assert.equal(
      getLine('<p class="code-message"'),
      '<p class="code-message" data-text-by="vendor" data-pagefind-weight="2">&lt;b>粗&lt;/b> &amp; "引号" # 不是标题，见' +
        '<a href="https://example.com/docs?a=1&amp;b=2" class="external-link" rel="external noopener noreferrer">文档</a></p>',
    );
  });

  it('is kept whole in the frontmatter', () => {
    assert.equal(getFrontmatterOf(page).description, message);
  });

  it('reaches the share buttons on one line', () => {
    const label = / data-share-label="系统 1：<b>粗<\/b> &amp; &quot;引号&quot; # 不是标题" hidden>/;
    assert.match(getLine('<div class="share-buttons')!, label);
  });
});

describe('codes sharing a generic message', () => {
  const codes = Array.from({ length: 30 }, (_, index) => ({ code: String(100 + index), message: '内部错误，请重试。' }));
  const page = getText(generateSite(makeInlineCatalog('s', 'd', codes)).find((file) => file.id === 's/100')!);

  it('list the first 20 and count the rest, so a page stays small however many there are', () => {
    const list = getElements(page).find((element) => hasClass(element, 'same-message'));
    assert.equal(list?.childNodes.filter((node) => node.nodeName === 'li').length, 20);
    assert.match(page, /另有 9 个错误码的信息与此相同。/);
  });
});

describe('search filters', () => {
  it('hand Pagefind a name without markup characters, since its filter panel writes values as HTML', () => {
    const hostile = makeInlineCatalog('s', 'd', [{ code: '1', message: '错误。' }]);
    hostile.systems[0]!.name = '<img src=x onerror=alert(1)> & 系统';
    const page = getText(generateSite(hostile).find((file) => file.id === 's/1')!);
    assert.match(page, /data-pagefind-filter="系统\[data-filter\]" data-filter="＜img src=x onerror=alert\(1\)＞ ＆ 系统"/);
    // What the reader sees on the page stays the name itself.
    assert.match(page, /<a href="\/s\/">&lt;img src=x onerror=alert\(1\)> &amp; 系统<\/a>/);
  });
});
