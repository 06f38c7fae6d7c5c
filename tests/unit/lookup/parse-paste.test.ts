import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractErrorText } from '../../../src/lookup/error-text.ts';
import { ADVERSARIAL_PASTES } from '../../../scripts/bench/log-paste.ts';
import { parsePaste } from '../../../src/lookup/parse-paste.ts';
import type { LookupIndex } from '../../../src/lookup/types.ts';
import { getCodes, getTop, pasteIndex as index, readCorpus } from '../../helpers/paste-fixtures.ts';

const corpus = readCorpus();

test('the corpus holds at least 60 pastes', () => {
  assert.ok(Object.values(corpus).flat().length >= 60);
});

for (const [family, cases] of Object.entries(corpus)) {
  for (const { paste, expect, note } of cases) {
    test(`corpus ${family}: ${note}`, () => {
      // YAML reads unquoted codes as numbers; the index spells every code as a string.
      const expected = expect.map(([system, code]): [string, string] => [system, String(code)]);
      assert.deepEqual(getCodes(parsePaste(paste, index)), expected, JSON.stringify(paste));
    });
  }
}

test('spans point into the original text, full-width digits and minus signs included', () => {
  assert.deepEqual(getTop('ErrorCode: 10010').spans, [{ start: 11, end: 16 }]);
  assert.deepEqual(getTop('code: -4').spans, [{ start: 6, end: 8 }]);
  const fullWidth = '错误码：７００５２';
  assert.deepEqual(getTop(fullWidth).spans, [{ start: 4, end: 9 }]);
  assert.equal(fullWidth.slice(4, 9), '７００５２');
});

test('one match gathers every place its code appears: name and number, repeats', () => {
  assert.deepEqual(getTop('TIMErrCode.ERR_SDK_NOT_LOGGED_IN (6014)').spans, [
    { start: 11, end: 32 },
    { start: 34, end: 38 },
  ]);
  const repeated = getTop('{"ErrorCode":10010,"ErrorInfo":"group 10010 not found"}');
  assert.deepEqual(repeated.spans, [
    { start: 13, end: 18 },
    { start: 38, end: 43 },
  ]);
  assert.ok(repeated.reasons.includes('出现 2 次'));
});

test('reasons say how each code was recognised', () => {
  assert.equal(getTop('{"ErrorCode":20007}').reasons[0], 'JSON 字段 ErrorCode');
  assert.equal(getTop('ErrorCode: 10010').reasons[0], '写在“ErrorCode”后面');
  assert.equal(getTop('错误码：70003').reasons[0], '写在“错误码”后面');
  assert.equal(getTop('ERR_SDK_NOT_INITIALIZED').reasons[0], '常量名');
  assert.equal(getTop('PlatformException(6013, Execution Error)').reasons[0], 'PlatformException 的第一个参数');
  assert.equal(getTop('拉人进群报错10014').reasons[0], '紧挨“报错”');
  assert.equal(getTop('ConnectionStatus -6').reasons[0], '写在“ConnectionStatus”后面');
  assert.equal(getTop('10010').reasons[0], '单独的数字');
  assert.deepEqual(getTop('WFC 错误码 11').reasons, ['写在“错误码”后面', '附近提到 WFC']);
  assert.deepEqual(getTop('[V2TIMManager] login failed, code: 11').reasons, ['写在“code”后面', '文中提到 V2TIM']);
});

test('a constant name leads to the code it names, not to codes of other systems with the same number', () => {
  const shared: LookupIndex = {
    entries: [
      { system: 'wildfirechat', code: '-5', name: 'kConnectionStatusTokenIncorrect', message: 'token 无效' },
      { system: 'tencent-im', code: '-5', message: 'C 接口同步返回' },
    ],
    systems: [],
  };
  assert.deepEqual(getCodes(parsePaste('status: kConnectionStatusTokenIncorrect', shared)), [['wildfirechat', '-5']]);
});

function generatedLog(length: number): string {
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < length; i++) {
    const second = String(i % 60).padStart(2, '0');
    lines.push(
      `2021-03-09 18:02:${second}.514 31337-31402/com.example.app I/imsdk: [msg_mgr.cpp.${i}] ` +
        `onProgress(${i}, 100) seq=${i} GET https://console.tim.qq.com/v4/x?sdkappid=1400000000&random=${i} ` +
        `ptr=0x1f3 v5.1.60 took ${i}ms`,
    );
    if (i === 40) lines.push('2021-03-09 18:02:41.001 31337-31402/com.example.app E/imsdk: send failed, code:6012, desc:timeout');
  }
  return lines.join('\n').slice(0, length);
}

// How long these take is measured by `npm run bench:pastes` (ADVERSARIAL_PASTES), never in a test.
test('a 20,000-character log yields only the code of its error line', () => {
  const log = generatedLog(20_000);
  assert.equal(log.length, 20_000);
  assert.deepEqual(getCodes(parsePaste(log, index)), [['tencent-im', '6012']]);
  assert.match(extractErrorText(log), /timeout/);
});

test('adversarial pastes are read to the end without finding codes in noise', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL_PASTES)) {
    const found = getCodes(parsePaste(text, index));
    assert.ok(found.length <= 1, `${name}: ${JSON.stringify(found)}`);
    assert.equal(typeof extractErrorText(text), 'string', name);
  }
  // Every number here is a code (wildfirechat 1), each occurrence a span of the one match.
  for (const manyCodes of [' 1'.repeat(10_000), '1,'.repeat(10_000)]) assert.equal(parsePaste(manyCodes, index)[0]?.spans.length, 10_000);
});
