import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeAbsoluteUrl, makeAssetUrl, makeUrl, normalizeBase, parsePageId } from '../../src/urls.ts';

describe('URLs', () => {
  it('gives every page kind its fixed address', () => {
    assert.equal(makeUrl({ kind: 'home' }), '/');
    assert.equal(makeUrl({ kind: 'system', system: 'tencent-im' }), '/tencent-im/');
    assert.equal(makeUrl({ kind: 'domain', system: 'tencent-im', domain: 'group' }), '/tencent-im/group/');
    assert.equal(makeUrl({ kind: 'code', system: 'tencent-im', code: '10010' }), '/tencent-im/10010/');
    assert.equal(makeUrl({ kind: 'code', system: 'wildfirechat', code: '7' }), '/wildfirechat/7/');
  });

  it('puts every address under the base path, however it is written', () => {
    for (const base of ['/errors/', 'errors', '/errors', 'errors/']) {
      assert.equal(makeUrl({ kind: 'code', system: 'tencent-im', code: '10010' }, { base }), '/errors/tencent-im/10010/');
    }
    assert.equal(makeAssetUrl('catalog.json', { base: '/errors' }), '/errors/catalog.json');
    assert.equal(normalizeBase(''), '/');
  });

  it('links a domain table row by its code', () => {
    assert.equal(makeUrl({ kind: 'domain', system: 'tencent-im', domain: 'group' }, { hash: '10010' }), '/tencent-im/group/#10010');
  });

  it('makes shareable absolute URLs when the site is known', () => {
    assert.equal(makeAbsoluteUrl('/errors/tencent-im/10010/', 'https://example.com'), 'https://example.com/errors/tencent-im/10010/');
    assert.equal(makeAbsoluteUrl('/tencent-im/10010/'), '/tencent-im/10010/');
  });

  it('reads a page id back into the page it names', () => {
    assert.deepEqual(parsePageId(''), { kind: 'home' });
    assert.deepEqual(parsePageId('index'), { kind: 'home' });
    assert.deepEqual(parsePageId('tencent-im'), { kind: 'system', system: 'tencent-im' });
    assert.deepEqual(parsePageId('tencent-im/group'), { kind: 'domain', system: 'tencent-im', domain: 'group' });
    assert.deepEqual(parsePageId('tencent-im/group/part-2'), { kind: 'domain-part', system: 'tencent-im', domain: 'group', part: 2 });
    assert.deepEqual(parsePageId('tencent-im/10010'), { kind: 'code', system: 'tencent-im', code: '10010' });
    assert.deepEqual(parsePageId('wildfirechat/-6'), { kind: 'code', system: 'wildfirechat', code: '-6' });
    assert.deepEqual(parsePageId('tencent-im/120001-130000'), { kind: 'range', system: 'tencent-im', from: '120001', to: '130000' });
    assert.deepEqual(parsePageId('categories'), { kind: 'categories' });
    assert.deepEqual(parsePageId('categories/auth'), { kind: 'category', category: 'auth' });
    assert.deepEqual(parsePageId('differences'), { kind: 'differences' });
    assert.equal(parsePageId('tencent-im/group/10010'), undefined);
  });

  it('gives negative codes and ranges their own addresses', () => {
    assert.equal(makeUrl({ kind: 'code', system: 'wildfirechat', code: '-6' }), '/wildfirechat/-6/');
    assert.equal(makeUrl({ kind: 'range', system: 'tencent-im', from: '120001', to: '130000' }), '/tencent-im/120001-130000/');
    assert.equal(makeUrl({ kind: 'category', category: 'auth' }, { base: '/errors/' }), '/errors/categories/auth/');
  });
});
