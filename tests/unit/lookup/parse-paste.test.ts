import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractErrorText } from '../../../src/lookup/error-text.ts';
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
  assert.equal(getTop('ErrorCode: 10010').reasons[0], '标注为错误码（ErrorCode）');
  assert.equal(getTop('错误码：70003').reasons[0], '标注为错误码（错误码）');
  assert.equal(getTop('ERR_SDK_NOT_INITIALIZED').reasons[0], '常量名');
  assert.equal(getTop('PlatformException(6013, Execution Error)').reasons[0], 'PlatformException 的第一个参数');
  assert.equal(getTop('拉人进群报错10014').reasons[0], '紧挨“报错”');
  assert.equal(getTop('ConnectionStatus -6').reasons[0], '标注为状态（ConnectionStatus）');
  assert.equal(getTop('10010').reasons[0], '单独的数字');
  assert.deepEqual(getTop('WFC 错误码 11').reasons, ['标注为错误码（错误码）', '附近提到 WFC']);
  assert.deepEqual(getTop('[V2TIMManager] login failed, code: 11').reasons, ['标注为错误码（code）', '文中提到 V2TIM']);
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

/** Best of a few runs: the budget is for the work, not for a busy test machine's worst moment. */
function fastestMs(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

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

test('a 20,000-character log parses in a few milliseconds', () => {
  const log = generatedLog(20_000);
  assert.equal(log.length, 20_000);
  assert.deepEqual(getCodes(parsePaste(log, index)), [['tencent-im', '6012']]);
  const parseMs = fastestMs(() => parsePaste(log, index));
  const extractMs = fastestMs(() => extractErrorText(log));
  assert.ok(parseMs < 10, `parsePaste took ${parseMs.toFixed(1)} ms`);
  assert.ok(extractMs < 10, `extractErrorText took ${extractMs.toFixed(1)} ms`);
});

test('adversarial pastes stay linear', () => {
  const adversarial = {
    hyphens: '1-'.repeat(10_000),
    colons: '1:'.repeat(10_000),
    'list markers': '1)'.repeat(10_000),
    thousands: '9,999,'.repeat(3_333),
    'one long word': 'a'.repeat(20_000),
    'one long number': '9'.repeat(20_000),
    'dotted name': 'a.'.repeat(10_000),
    'open calls': 'Error('.repeat(3_333),
    'unclosed fields': '{"msg":"\\'.repeat(2_500),
    'unended values': 'msg=%'.repeat(4_000),
    'exception names': 'xException'.repeat(2_000),
    'hint soup': 'TIMTIMTIM'.repeat(2_222),
  };
  for (const [name, text] of Object.entries(adversarial)) {
    const parseMs = fastestMs(() => parsePaste(text, index));
    const extractMs = fastestMs(() => extractErrorText(text));
    assert.ok(parseMs < 10, `${name}: parsePaste took ${parseMs.toFixed(1)} ms`);
    assert.ok(extractMs < 10, `${name}: extractErrorText took ${extractMs.toFixed(1)} ms`);
  }
  // Every number here is a code (wildfirechat 1); 10,000 mentions take longer but stay linear.
  for (const manyCodes of [' 1'.repeat(10_000), '1,'.repeat(10_000)]) {
    const manyMs = fastestMs(() => parsePaste(manyCodes, index));
    assert.ok(manyMs < 50, `10,000 codes took ${manyMs.toFixed(1)} ms`);
    assert.equal(parsePaste(manyCodes, index)[0]?.spans.length, 10_000);
  }
});
