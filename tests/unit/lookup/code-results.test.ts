import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortCodeResults } from '../../../src/lookup/code-results.ts';

const urls = ['/tencent-im/-6/', '/wildfirechat/-6/', '/wildfirechat/6/', '/tencent-im/group/', '/wildfirechat-app-server/6/'];

test('sortCodeResults: 6 ranks its exact pages above the -6 pages Pagefind reads as 6', () => {
  assert.deepEqual(
    sortCodeResults('6', urls, (url) => url),
    ['/wildfirechat/6/', '/wildfirechat-app-server/6/', '/tencent-im/-6/', '/wildfirechat/-6/', '/tencent-im/group/'],
  );
});

test('sortCodeResults: -6 finds the -6 pages first; a base path and anchors are read', () => {
  assert.deepEqual(sortCodeResults('-6', urls, (url) => url).slice(0, 2), ['/tencent-im/-6/', '/wildfirechat/-6/']);
  const based = ['/errors/wildfirechat/6/#x', '/errors/wildfirechat/-6/'];
  assert.deepEqual(
    sortCodeResults('-6', based, (url) => url, '/errors/'),
    ['/errors/wildfirechat/-6/', '/errors/wildfirechat/6/#x'],
  );
});
