import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeIndex, IndexEntry } from '../../../src/exports/code-index.ts';
import { guessDomain } from '../../../src/lookup/guess-domain.ts';

describe('guessDomain', () => {
  const entry = (domain: string, code: string, message: string): IndexEntry => ({
    system: 'im',
    domain,
    code,
    message,
    category: 'auth',
    retry: 'after-fix',
    actor: 'server-dev',
  });
  const group = entry('group', '10010', '群组不存在');
  const account = entry('account', '70001', '签名过期');
  const access = entry('access', '-10106', '签名错误');
  const guessing: CodeIndex = {
    base: '/',
    systems: [
      {
        id: 'im',
        name: 'IM',
        hints: [],
        domains: [
          { id: 'group', name: '群组系统' },
          { id: 'account', name: '帐号系统', otherCodes: '内部错误，请重试。' },
          { id: 'access', name: '接入层' },
        ],
      },
    ],
    categories: [],
    entries: [group, account, access],
  };

  it('places an unknown number by its leading digits', () => {
    assert.equal(guessDomain(guessing, '10999', 'im')?.domainName, '群组系统');
    assert.equal(guessDomain(guessing, '10999', 'im')?.domainUrl, '/im/group/');
    assert.equal(guessDomain(guessing, '10999')?.domainName, '群组系统');
    assert.equal(guessDomain(guessing, '-10107')?.domainName, '接入层');
  });

  it("shows a domain's note for unlisted codes", () => {
    assert.equal(guessDomain(guessing, '70999', 'im')?.otherCodes, '内部错误，请重试。');
  });

  it('never guesses a negative number into a positive range, or the reverse', () => {
    assert.equal(guessDomain(guessing, '-70001'), undefined);
    assert.equal(guessDomain(guessing, '-10010')?.domainName, '接入层');
    assert.equal(guessDomain(guessing, '10106')?.domainName, '群组系统');
  });

  it('does not guess when the digits say too little', () => {
    assert.equal(guessDomain(guessing, '99999'), undefined);
  });
});
