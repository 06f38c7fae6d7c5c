/**
 * A realistic mobile IM client log for timing the lookup: logcat lines with timestamps, pid-tid,
 * source positions, versions, HTTP requests with query strings, durations and counts, and two error
 * lines that name catalog codes (a timeout by its SDK callback, an expired signature in a REST
 * response). Deterministic: the same text on every run.
 */

/** The codes a reader expects the lookup to find in the log, most likely first. */
export const LOG_CODES: [system: string, code: string][] = [
  ['tencent-im', '70001'],
  ['tencent-im', '6012'],
];

function makeRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const TAGS = ['ImSDK', 'OkHttp', 'flutter', 'ChatActivity', 'ConversationRepo', 'PushService'];
const FILES = ['conversation_mgr.cpp', 'msg_mgr.cpp', 'login_mgr.cpp', 'group_mgr.cpp', 'ChatViewModel.kt'];

function makeLine(random: () => number, i: number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const n = (max: number) => Math.floor(random() * max);
  const second = String(i % 60).padStart(2, '0');
  const millis = String(n(1000)).padStart(3, '0');
  const minute = String(41 + Math.floor(i / 60)).padStart(2, '0');
  const head = `2024-05-17 09:${minute}:${second}.${millis} 12873-${12900 + n(60)}/com.example.chat`;
  switch (i % 6) {
    case 0:
      return `${head} I/${pick(TAGS)}: [${pick(FILES)}:${n(900)}] getConversationList cost ${n(90)}ms, count=${n(50)}, nextSeq=${n(99999)}`;
    case 1:
      return (
        `${head} D/OkHttp: --> POST https://console.tim.qq.com/v4/openim/sendmsg?sdkappid=1400123456` +
        `&identifier=admin&random=${n(99_999_999)}&contenttype=json (${n(400)}-byte body)`
      );
    case 2:
      return `${head} D/OkHttp: <-- 200 OK https://console.tim.qq.com/v4/openim/sendmsg (${n(300)}ms, ${n(2000)}-byte body)`;
    case 3:
      return `${head} I/flutter: app version 3.2.${n(9)} (build ${400 + n(99)}), sdk 7.9.5666, os Android 14, memory ${n(512)} MB`;
    case 4:
      return `${head} V/${pick(TAGS)}: onProgress(${n(100)}, 100) msgID=144115${n(999_999)}-${n(9_999_999)} seq=${i} retry=0`;
    default:
      return `${head} W/PushService: heartbeat ${i} late by ${n(5000)} ms, reconnect in ${n(30)} s, port 8${n(999)}`;
  }
}

const ERROR_LINES = new Map([
  [60, '2024-05-17 09:42:00.118 12873-12940/com.example.chat W/ImSDK: [msg_mgr.cpp:88] send msg failed, code:6012, desc:request timeout'],
  [
    90,
    '2024-05-17 09:42:30.502 12873-12951/com.example.chat E/ImSDK: ' +
      '{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"usersig expired"}',
  ],
]);

/** About `length` characters of log (cut at a line end), with the two error lines in its middle unless `errors` is false. */
export function makeLogPaste(length = 20_000, errors = true): string {
  const random = makeRandom(20_240_517);
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const line = (errors ? ERROR_LINES.get(i) : undefined) ?? makeLine(random, i);
    if (size + line.length + 1 > length && i > 90) break;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** Pastes built to make a careless reader slow (backtracking, quadratic scans); bench:pastes times them. */
export const ADVERSARIAL_PASTES: Readonly<Record<string, string>> = {
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
  'many codes': ' 1'.repeat(10_000),
};
