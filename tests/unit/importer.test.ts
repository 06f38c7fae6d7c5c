import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { parseTencent } from '../../src/importer/parse-tencent.ts';
import { parseWildfirechat } from '../../src/importer/parse-wildfirechat.ts';
import { SOURCE_FILES } from '../../src/importer/import-sources.ts';

const readSource = (file: string) => readFile(`content/sources/${file}`, 'utf8');

describe('WildfireChat source', () => {
  it('reads every row of the table, ignoring the stray extra column', async () => {
    const { rows } = parseWildfirechat(await readSource(SOURCE_FILES.wildfirechat));
    assert.equal(rows.length, 56);
    assert.deepEqual(rows.at(-1), { section: 'code状态码', code: '254', message: '功能没有实现', links: [] });
  });

  it('treats "n/a" and empty cells as no handling', async () => {
    const { rows } = parseWildfirechat(await readSource(SOURCE_FILES.wildfirechat));
    assert.equal(rows.find((row) => row.code === '0')?.handling, undefined);
    assert.equal(rows.find((row) => row.code === '9')?.handling, undefined);
    assert.equal(rows.find((row) => row.code === '250')?.handling, '服务器对用户级别进行限拼，1000次/秒。');
  });

  it('keeps the remarks under the table as separate notes', async () => {
    const { notes } = parseWildfirechat(await readSource(SOURCE_FILES.wildfirechat));
    assert.deepEqual(notes, [
      '上述这些errorcode既有与客户端交互的，也有server api交互的。',
      'server api签名错误会返回http code 401. 其它的都返回http code 200.',
      '限频是针对用户级别的。有些server api需要使用某个用户操作，会计算到这个用户上。',
    ]);
  });

  it('parses a minimal table with a missing trailing pipe', () => {
    const { rows } = parseWildfirechat('# t\n| 错误码 | 描述 | 对应处理\n| -- | -- | -- |\n| 3 | 超时 | 重试 |\n');
    assert.deepEqual(rows, [{ section: 't', code: '3', message: '超时', handling: '重试', links: [] }]);
  });
});

describe('Tencent source', () => {
  it('reads all ten sections and 378 rows', async () => {
    const { sections, rows } = parseTencent(await readSource(SOURCE_FILES.tencent));
    assert.equal(sections.length, 10);
    assert.equal(rows.length, 378);
  });

  it('reduces markup in cells to text: <p>, <br />, &nbsp; and whitespace', () => {
    const { rows } = parseTencent(
      '## 示例\n<table><tbody><tr><td>\n 123<br />\n</td><td><p>\n第一段</p><p>第二段&nbsp;。</p></td></tr></tbody></table>',
    );
    assert.deepEqual(rows, [{ section: '示例', code: '123', message: '第一段 第二段 。', links: [] }]);
  });

  it('recovers rows whose <tr> is missing, as a browser would', () => {
    const { rows } = parseTencent('## 示例\n<table><tbody><tr><td>1</td><td>一</td></tr><td>2</td><td>二</td></tr></tbody></table>');
    assert.deepEqual(
      rows.map((row) => [row.code, row.message]),
      [
        ['1', '一'],
        ['2', '二'],
      ],
    );
  });

  it('makes relative links absolute on the original host', async () => {
    const { rows } = parseTencent(await readSource(SOURCE_FILES.tencent));
    assert.deepEqual(rows.find((row) => row.code === '90002')?.links, [
      { text: 'TIMMsgElement', url: 'https://www.qcloud.com/doc/product/269/%E6%B6%88%E6%81%AF%E6%A0%BC%E5%BC%8F%E6%8F%8F%E8%BF%B0' },
    ]);
  });

  it('keeps the catch-all row of 帐号系统', async () => {
    const { rows } = parseTencent(await readSource(SOURCE_FILES.tencent));
    const catchAll = rows.filter((row) => !/^\d+$/.test(row.code));
    assert.deepEqual(
      catchAll.map((row) => [row.section, row.code]),
      [['帐号系统', '其他错误']],
    );
  });
});
