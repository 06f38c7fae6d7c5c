import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import {
  CONFIDENT_GAP,
  CONFIDENT_MIN_SCORE,
  extractErrorText,
  isConfident,
  matchMessages,
  parsePaste,
  type PasteIndex,
  type PasteMatch,
} from '../../src/lookup/parse-paste.ts';

const fixtures = new URL('../fixtures/pastes/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', fixtures), 'utf8')) as PasteIndex;

interface CorpusCase {
  paste: string;
  expect: [string, string | number][];
  note: string;
}

const corpus = parse(readFileSync(new URL('corpus.yaml', fixtures), 'utf8')) as Record<string, CorpusCase[]>;

function codes(matches: PasteMatch[]): [string, string][] {
  return matches.map((match) => [match.system, match.code]);
}

function top(text: string): PasteMatch {
  const [first] = parsePaste(text, index);
  assert.ok(first, `no match in ${JSON.stringify(text)}`);
  return first;
}

test('the corpus holds at least 60 pastes', () => {
  assert.ok(Object.values(corpus).flat().length >= 60);
});

for (const [family, cases] of Object.entries(corpus)) {
  for (const { paste, expect, note } of cases) {
    test(`corpus ${family}: ${note}`, () => {
      // YAML reads unquoted codes as numbers; the index spells every code as a string.
      const expected = expect.map(([system, code]): [string, string] => [system, String(code)]);
      assert.deepEqual(codes(parsePaste(paste, index)), expected, JSON.stringify(paste));
    });
  }
}

test('spans point into the original text, full-width digits and minus signs included', () => {
  assert.deepEqual(top('ErrorCode: 10010').spans, [{ start: 11, end: 16 }]);
  assert.deepEqual(top('code: -4').spans, [{ start: 6, end: 8 }]);
  const fullWidth = '错误码：７００５２';
  assert.deepEqual(top(fullWidth).spans, [{ start: 4, end: 9 }]);
  assert.equal(fullWidth.slice(4, 9), '７００５２');
});

test('one match gathers every place its code appears: name and number, repeats', () => {
  assert.deepEqual(top('TIMErrCode.ERR_SDK_NOT_LOGGED_IN (6014)').spans, [
    { start: 11, end: 32 },
    { start: 34, end: 38 },
  ]);
  const repeated = top('{"ErrorCode":10010,"ErrorInfo":"group 10010 not found"}');
  assert.deepEqual(repeated.spans, [
    { start: 13, end: 18 },
    { start: 38, end: 43 },
  ]);
  assert.ok(repeated.reasons.includes('出现 2 次'));
});

test('reasons say how each code was recognised', () => {
  assert.equal(top('{"ErrorCode":20007}').reasons[0], 'JSON 字段 ErrorCode');
  assert.equal(top('ErrorCode: 10010').reasons[0], '标注为错误码（ErrorCode）');
  assert.equal(top('错误码：70003').reasons[0], '标注为错误码（错误码）');
  assert.equal(top('ERR_SDK_NOT_INITIALIZED').reasons[0], '常量名');
  assert.equal(top('PlatformException(6013, Execution Error)').reasons[0], 'PlatformException 的第一个参数');
  assert.equal(top('拉人进群报错10014').reasons[0], '紧挨“报错”');
  assert.equal(top('ConnectionStatus -6').reasons[0], '标注为状态（ConnectionStatus）');
  assert.equal(top('10010').reasons[0], '单独的数字');
  assert.deepEqual(top('WFC 错误码 11').reasons, ['标注为错误码（错误码）', '附近提到 WFC']);
  assert.deepEqual(top('[V2TIMManager] login failed, code: 11').reasons, ['标注为错误码（code）', '文中提到 V2TIM']);
});

test('system hints match whole words or the head of a camel-case name, not other words', () => {
  assert.deepEqual(top('tim.login failed, code 11').reasons.at(-1), '附近提到 TIM');
  assert.equal(top('V2TIMManager.getInstance() code 11').system, 'tencent-im');
  assert.equal(top('WFCCNetworkService code 11').system, 'wildfirechat');
  assert.equal(top('WfcClient code 11').system, 'wildfirechat', 'WFCC does not hide WFC');
  assert.equal(top('TencentCloudChat code 11').system, 'tencent-im');
  for (const text of ['TIMEOUT code 11', 'timer fired, code 11', 'optimistic code 11']) {
    const [first, second] = parsePaste(text, index);
    assert.equal(first?.score, second?.score, text);
  }
});

test('a number inside a range matches the range, with the number as found', () => {
  const match = top('ErrorCode: 125000');
  assert.deepEqual([match.system, match.code, match.value], ['tencent-im', '120001', '125000']);
  assert.ok(match.reasons.includes('在 120001–130000 范围内'));
  assert.equal(top('ErrorCode: 130000').value, '130000');
  assert.deepEqual(parsePaste('ErrorCode: 120000', index), []);
});

test("an exact code beats a range: it hides its own system's range and outranks another's", () => {
  const withExact: PasteIndex = {
    entries: [
      { system: 'a', code: '120001', to: '130000', message: '回调返回的自定义错误码' },
      { system: 'a', code: '125000', message: '某个具体错误' },
      { system: 'b', code: '125000', to: '125999', message: '另一系统的范围' },
    ],
    systemHints: {},
  };
  const matches = parsePaste('ErrorCode: 125000', withExact);
  assert.deepEqual(
    matches.map((match) => [match.system, match.code, match.value]),
    [
      ['a', '125000', '125000'],
      ['b', '125000', '125000'],
    ],
  );
  assert.ok(matches[0]!.score > matches[1]!.score);
});

test('scores follow the strength of the mark', () => {
  const label = top('错误码 6013').score;
  const name = top('ERR_SDK_NOT_INITIALIZED').score;
  const callback = top('onError(6013, sdk not init)').score;
  const errorWord = top('初始化报错6013').score;
  const bare = top('6013').score;
  const longLog = top('12:00:01.200 I/App: open conversation\n12:00:01.514 I/App: messages loaded\n12:00:02.001 W/App: step 6013').score;
  assert.ok(label > name && name > callback && callback > errorWord && errorWord > bare && bare > longLog);
  assert.ok(longLog < CONFIDENT_MIN_SCORE);
});

test('isConfident: one clear match, or a lead of CONFIDENT_GAP', () => {
  assert.equal(isConfident([]), false);
  assert.equal(isConfident(parsePaste('10010', index)), true);
  assert.equal(isConfident(parsePaste('错误码 11', index)), false, 'two systems, nothing to choose');
  assert.equal(isConfident(parsePaste('WFC 错误码 11', index)), true, 'the hint chooses');
  assert.equal(isConfident(parsePaste('[V2TIMManager] login failed, code: 11', index)), true, 'a hint anywhere chooses too');
  assert.equal(isConfident(parsePaste('imsdk err 6013, trtc err 6012', index)), false, 'two codes marked alike');
  assert.equal(isConfident(parsePaste('{"ErrorCode":90001} 之后又出现 6012', index)), true, 'a label against a bare number');
  assert.equal(
    isConfident(parsePaste('12:00:01.200 I/App: open\n12:00:02.001 W/App: conversation 10010 is empty', index)),
    false,
    'a bare number in a log',
  );

  const match = (score: number): PasteMatch => ({ system: 's', code: String(score), value: String(score), score, reasons: [], spans: [] });
  assert.equal(isConfident([match(CONFIDENT_MIN_SCORE)]), true);
  assert.equal(isConfident([match(CONFIDENT_MIN_SCORE - 1)]), false);
  assert.equal(isConfident([match(100), match(100 - CONFIDENT_GAP)]), true);
  assert.equal(isConfident([match(100), match(100 - CONFIDENT_GAP + 1)]), false);
});

test('extractErrorText reads the message fields of REST responses and SDK logs', () => {
  const cases: [string, string][] = [
    ['{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"usersig expired"}', 'usersig expired'],
    ['error_code:6013|error_message:sdk not init', 'sdk not init'],
    ['code:10015\nmsg:群组ID非法', '群组ID非法'],
    ['code=6014, desc=not logged in, please login', 'not logged in, please login'],
    ['error: {"message":"group not exist","code":10010}', 'group not exist'],
    ['{"errmsg":"\\u7fa4\\u7ec4\\u4e0d\\u5b58\\u5728","errcode":10010}', '群组不存在'],
    ['errcode=6013&errmsg=sdk%20not%20init', 'sdk not init'],
    ["{'code': 6, 'msg': 'token错误'}", 'token错误'],
    ['{"message":"timeout","msg":"timeout"}', 'timeout'],
  ];
  for (const [text, expected] of cases) assert.equal(extractErrorText(text), expected, text);
});

test('extractErrorText reads exceptions and callbacks', () => {
  const cases: [string, string][] = [
    ['PlatformException(6013, Execution Error, sdk not init, null, null)', 'Execution Error, sdk not init'],
    ['onError(6017, invalid params)', 'invalid params'],
    ['java.lang.IllegalStateException: sdk not initialized\n\tat com.example.Im.login(Im.java:12)', 'sdk not initialized'],
    ['TypeError: Cannot read properties of undefined', 'Cannot read properties of undefined'],
    ['onProgress(12, 100)\nonError(6200, no network)', 'no network'],
  ];
  for (const [text, expected] of cases) assert.equal(extractErrorText(text), expected, text);
});

test('extractErrorText: a one-line paste is its own text; empty fields and bare logs give nothing', () => {
  assert.equal(extractErrorText('  群组不存在  '), '群组不存在');
  assert.equal(extractErrorText('{"ErrorCode":0,"ErrorInfo":""}'), '');
  assert.equal(extractErrorText('{"code":6013,"message":null}'), '');
  assert.equal(extractErrorText('2021-03-09 18:02:11 start\n2021-03-09 18:02:12 done'), '');
  assert.equal(
    extractErrorText('{"ErrorCode":10010,"ErrorInfo":"group not found"}\nPlatformException(6013, sdk not init)'),
    'group not found\nsdk not init',
  );
});

function firstCodes(text: string, count = 1): string[] {
  return matchMessages(text, index)
    .slice(0, count)
    .map((match) => `${match.system}/${match.code}`);
}

test('matchMessages finds Chinese messages from Chinese text', () => {
  assert.deepEqual(firstCodes('群组不存在'), ['tencent-im/10010']);
  assert.deepEqual(firstCodes('请求超时'), ['tencent-im/6012']);
  assert.deepEqual(firstCodes('token错误'), ['wildfirechat/6']);
  assert.deepEqual(firstCodes('账号没有注册'), ['tencent-im/70107'], '账号 and 帐号 are one word');
  assert.deepEqual(firstCodes('敏感词', 2).sort(), ['tencent-im/80001', 'wildfirechat/242']);
});

test('matchMessages finds Chinese messages from English SDK text', () => {
  assert.deepEqual(firstCodes('usersig expired'), ['tencent-im/70001']);
  assert.deepEqual(firstCodes('sdk not init'), ['tencent-im/6013']);
  assert.deepEqual(firstCodes('group is full'), ['tencent-im/10014']);
  assert.deepEqual(firstCodes('Identifier not registered'), ['tencent-im/70107']);
  assert.deepEqual(firstCodes('no network'), ['tencent-im/6200']);
  assert.deepEqual(firstCodes('connection rejected'), ['wildfirechat/-3']);
  assert.ok(firstCodes('invalid params', 3).includes('tencent-im/6017'));
});

test('matchMessages: nothing for unrelated text, at most `limit`, spans and reasons from the text', () => {
  assert.deepEqual(matchMessages('hello world', index), []);
  assert.deepEqual(matchMessages('', index), []);
  assert.equal(matchMessages('群组', index, 2).length, 2);
  const [match] = matchMessages('报错：群组不存在', index);
  assert.deepEqual([match?.code, match?.value, match?.spans], ['10010', '10010', [{ start: 3, end: 8 }]]);
  assert.deepEqual(match?.reasons, ['信息相符：“群组不存在”']);
  const [english] = matchMessages('usersig expired', index);
  assert.deepEqual(english?.spans, [
    { start: 0, end: 7 },
    { start: 8, end: 15 },
  ]);
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
  assert.deepEqual(codes(parsePaste(log, index)), [['tencent-im', '6012']]);
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

test('a constant name leads to the code it names, not to codes of other systems with the same number', () => {
  const shared: PasteIndex = {
    entries: [
      { system: 'wildfirechat', code: '-5', name: 'kConnectionStatusTokenIncorrect', message: 'token 无效' },
      { system: 'tencent-im', code: '-5', message: 'C 接口同步返回' },
    ],
    systemHints: {},
  };
  assert.deepEqual(codes(parsePaste('status: kConnectionStatusTokenIncorrect', shared)), [['wildfirechat', '-5']]);
});
