import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';
import { makeCodeIndex } from '../../../src/exports/code-index.ts';
import { checkAgreement } from '../../../src/lookup/message-agreement.ts';
import { parsePaste } from '../../../src/lookup/parse-paste.ts';

const index = makeCodeIndex(await loadCatalog('.'), { base: '/' });
const names = new Map(index.systems.map((system) => [system.id, system.name]));

test('checkAgreement puts the system whose message agrees first and marks the one that contradicts', () => {
  const paste = 'login error with code 6, message 验证码或密码错误';
  const [first, ...rest] = checkAgreement('验证码或密码错误', parsePaste(paste, index), index, names);
  assert.equal(`${first?.system}:${first?.code}`, 'wildfirechat-app-server:6');
  assert.ok(first?.reasons.some((reason) => reason.startsWith('报错信息与目录说明一致')));
  const wildfire = rest.find((match) => match.system === 'wildfirechat');
  const conflict = /^粘贴的报错信息“验证码或密码错误”与目录里 6 的说明不符；与.+的 6 一致/;
  assert.match(wildfire?.conflict ?? '', conflict);
});

test('checkAgreement leaves matches alone when the text says too little to judge', () => {
  const matches = parsePaste('错误码 10010', index);
  assert.deepEqual(checkAgreement('SDK error', matches, index), matches);
  assert.deepEqual(checkAgreement('', matches, index), matches);
});
