import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMissingPath } from '../../../src/lookup/missing-path.ts';

describe('parseMissingPath', () => {
  it('reads system and code below the base path', () => {
    assert.deepEqual(parseMissingPath('/errors/tencent-im/10999/', '/errors/'), { systemId: 'tencent-im', code: '10999' });
    assert.deepEqual(parseMissingPath('/10999/', '/'), { code: '10999' });
    assert.deepEqual(parseMissingPath('/Tencent-IM/10999', '/'), { systemId: 'tencent-im', code: '10999' });
    assert.deepEqual(parseMissingPath('/tencent-im/010010/', '/'), { systemId: 'tencent-im', code: '10010' });
    assert.deepEqual(parseMissingPath('/nothing/here/', '/'), {});
    assert.deepEqual(parseMissingPath('/wildfirechat/-06/', '/'), { systemId: 'wildfirechat', code: '-6' });
  });

  it('reads escaped full-width digits as the lookup box does, and survives a malformed escape', () => {
    const fullWidth = `/tencent-im/${encodeURIComponent('１００１０')}/`;
    assert.deepEqual(parseMissingPath(fullWidth, '/'), { systemId: 'tencent-im', code: '10010' });
    assert.deepEqual(parseMissingPath('/%E0%A4%A/10999/', '/'), { systemId: '%e0%a4%a', code: '10999' });
  });
});
