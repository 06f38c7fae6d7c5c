import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeCodeIndex } from '../../../src/exports/code-index.ts';
import { lookupCode } from '../../../src/lookup/lookup-code.ts';
import { loadFixtureCatalog } from '../../helpers/fixtures.ts';

const index = makeCodeIndex(await loadFixtureCatalog('site'), { base: '/' });
const valid = makeCodeIndex(await loadFixtureCatalog('valid'), { base: '/' });

describe('lookupCode', () => {
  it('finds exactly the code, never a near one', () => {
    assert.deepEqual(
      lookupCode(valid, '10010').map((hit) => hit.url),
      ['/example/10010/'],
    );
    assert.deepEqual(lookupCode(valid, '99999'), []);
    assert.deepEqual(lookupCode(valid, '1001'), []);
  });

  it('keeps the minus sign: -6 is never 6, and 6 is never -6', () => {
    assert.deepEqual(
      lookupCode(valid, '-6').map((hit) => hit.url),
      ['/example/-6/'],
    );
    assert.deepEqual(lookupCode(valid, '6'), []);
  });

  it('finds the reserved range that holds a number', () => {
    assert.deepEqual(
      lookupCode(valid, '125000').map((hit) => [hit.url, hit.title]),
      [['/example/120001-130000/', '120001–130000 应用的回调服务自定义返回的错误码']],
    );
    assert.deepEqual(lookupCode(valid, '130001'), []);
    assert.deepEqual(lookupCode(valid, '-125000'), []);
  });

  it('can be limited to one system', () => {
    assert.equal(lookupCode(index, '8', 'alpha').length, 1);
    assert.equal(lookupCode(index, '8', 'beta').length, 0);
    assert.equal(lookupCode(index, '7').length, 2);
  });

  it('names the system and the domain, with URLs under the base path', async () => {
    const underBase = makeCodeIndex(await loadFixtureCatalog('valid'), { base: '/errors' });
    const [hit] = lookupCode(underBase, '10010');
    assert.equal(hit?.url, '/errors/example/10010/');
    assert.match(hit?.domainUrl ?? '', /^\/errors\/example\/[a-z-]+\/$/);
    assert.ok(hit?.systemName && hit.domainName);
  });
});
