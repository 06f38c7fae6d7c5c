import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getSearchQuery } from '../../src/site/paste-index.ts';
import { makeReportUrl } from '../../src/site/report-link.ts';

describe('getSearchQuery', () => {
  it('drops the words no page is indexed under, so a phrase is not stranded by them', () => {
    assert.equal(getSearchQuery('群组不存在 报错'), '群组不存在');
    assert.equal(getSearchQuery('error: usersig expired'), 'usersig expired');
    assert.equal(getSearchQuery('"ErrorInfo":"invalid group id"'), 'invalid group id');
    assert.equal(getSearchQuery('拉人进群失败'), '拉人进群');
  });

  it('keeps the text when nothing but such words is left', () => {
    assert.equal(getSearchQuery('error'), 'error');
  });
});

describe('makeReportUrl', () => {
  it('prefills the code, the system and the page the reader came from', () => {
    const url = new URL(
      makeReportUrl('https://github.com/example/im-error-codes/issues/new?labels=missing-code', {
        code: '10999',
        systemName: '腾讯云 IM',
        page: 'https://errors.example.com/tencent-im/10999/',
      }),
    );
    assert.equal(url.searchParams.get('labels'), 'missing-code');
    assert.equal(url.searchParams.get('title'), '错误码 10999（腾讯云 IM）不在目录中');
    assert.equal(
      url.searchParams.get('body'),
      '错误码：10999\n系统：腾讯云 IM\n来自页面：https://errors.example.com/tencent-im/10999/\n\n在哪里看到的（日志、接口、SDK 版本）：\n',
    );
  });
});
