import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeReportUrl } from '../../../src/lookup/report-link.ts';

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
      '错误码：10999\n系统：腾讯云 IM\n来自页面：https://errors.example.com/tencent-im/10999/\n\n' +
        '在哪里看到的（日志、接口、SDK 版本）：\n',
    );
  });

  it('says 未知 when the reader context names no system', () => {
    const url = new URL(makeReportUrl('https://example.com/report', { code: '-7', page: 'https://errors.example.com/-7/' }));
    assert.equal(url.searchParams.get('title'), '错误码 -7不在目录中');
    assert.match(url.searchParams.get('body')!, /^错误码：-7\n系统：未知\n/);
  });
});
