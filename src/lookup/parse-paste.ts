/**
 * Reads the catalog codes out of whatever a support engineer pastes: a log line, a REST response, an
 * exception, an issue title. Pure: no DOM, no Node APIs, so the lookup page and a CLI share it.
 *
 * Every digit run in the paste is read in its context. A run that is part of a larger token (time,
 * date, version, path, hex, id, file position, port, amount) is dropped before anything else; the rest
 * are scored by what labels them, and only numbers the index knows are returned.
 */

interface PasteIndexEntry {
  /** System id, e.g. 'tencent-im' | 'wildfirechat'. */
  system: string;
  /** '10010', '-6'; for a range: its first code. */
  code: string;
  /** Set for a range entry: last code (inclusive), e.g. code '120001', to '130000'. */
  to?: string;
  /** SDK constant, e.g. 'ERR_SDK_NOT_INITIALIZED', 'kConnectionStatusTokenIncorrect'. */
  name?: string;
  /** The code's meaning (Chinese), for message matching. */
  message: string;
}

export interface PasteIndex {
  entries: PasteIndexEntry[];
  /** Words that name a system in a paste, per system id (case-insensitive), e.g. tencent-im: ['TIM','IMSDK','V2TIM','ActionStatus','ErrorInfo','tencent','腾讯'], wildfirechat: ['wildfire','WFC','WFCC','野火'] */
  systemHints: Record<string, string[]>;
}

export interface PasteMatch {
  system: string;
  /** The catalog entry's code (range: its first code). */
  code: string;
  /** The number as found in the paste, e.g. '125000' inside range 120001-130000. */
  value: string;
  /** Higher is more likely. */
  score: number;
  /** Short Chinese reasons, e.g. '标注为错误码（ErrorCode）', 'JSON 字段 ErrorCode', '常量名', '文中提到 TIM'. */
  reasons: string[];
  /** Positions in the ORIGINAL input that matched (for highlighting). */
  spans: { start: number; end: number }[];
}

interface Span {
  start: number;
  end: number;
}

/** One place in the paste that may name a code, before it is looked up in the index. */
interface Mention extends Span {
  value: string;
  score: number;
  reason: string;
  /** Set for a constant name: it names this entry only, not every code with the same number. */
  entry?: PasteIndexEntry;
}

/** The points that separate a clear winner from the next match. */
const CONFIDENT_GAP_POINTS = 20;

/** Base scores, one per way a number can be marked as an error code, strongest first. */
const SCORE = {
  label: 100,
  name: 90,
  status: 80,
  callback: 75,
  errorWord: 60,
  bareShort: 40,
  bareLong: 10,
} as const;
/**
 * A system hint is worth about one step: enough for "imsdk err 6013" to beat an unhinted error word,
 * and, anywhere in the paste, to settle a number two systems share by the gap isConfident asks for.
 */
const HINT_NEAR_BONUS = 25;
const HINT_ANYWHERE_BONUS = CONFIDENT_GAP_POINTS;
/** An exact code says more than a range that merely contains the number. */
const RANGE_PENALTY = 5;
/** Repeats break ties between codes marked alike; capped so a noisy log's repetition cannot outrank a label. */
const REPEAT_BONUS = 3;
const MAX_REPEAT_BONUS = 9;
/** A hint this close before a number (same line) labels that number, as in "imsdk err 6013". */
const HINT_NEAR_DISTANCE = 24;
/** Up to this length, on one line, a paste is a question about its numbers, not a log that happens to hold some. */
const SHORT_PASTE_LENGTH = 64;

/** The top match may open its page directly when it scores at least this (a bare number alone in a short paste does)… */
export const CONFIDENT_MIN_SCORE = SCORE.bareShort;
/** …and leads the next match by at least this (one kind of mark, or a system hint). */
export const CONFIDENT_GAP = CONFIDENT_GAP_POINTS;

/**
 * Catalog codes the paste mentions, best first; [] when none.
 *
 * Ranking, strongest first: labelled by an error-code word or key (错误码, ErrorCode, errCode,
 * error_code, errid, code, ret, result; status and 状态 only when the number is not an HTTP status) >
 * constant name > the first argument of an exception or error callback > a number next to
 * 错误/报错/失败/error > a bare number in a short paste > a bare number in a long log. A system hint
 * shortly before the number on its line adds 25, anywhere in the paste 20; each repeat adds 3 (at most 9);
 * a range entry loses 5, and an exact code of the same system hides it. Ties keep the paste's order,
 * then the index's.
 */
export function parsePaste(text: string, index: PasteIndex): PasteMatch[] {
  const prepared = prepare(index);
  const norm = normalize(text);
  const hints = findHints(norm, prepared.hints);
  const mentions = [...findNumberMentions(norm, isShortPaste(text)), ...findNameMentions(norm, prepared)];
  const found = new Map<string, Found>();
  for (const mention of mentions) {
    for (const entry of entriesFor(mention, prepared)) {
      addFound(found, entry, mention, scoreFor(norm, entry, mention, hints));
    }
  }
  return rank([...found.values()], prepared);
}

/** Whether the top match is clear enough to open its page directly: it scores at least CONFIDENT_MIN_SCORE and is alone or leads the next by CONFIDENT_GAP. */
export function isConfident(matches: readonly PasteMatch[]): boolean {
  const [top, next] = matches;
  // A number inside a reserved range pays RANGE_PENALTY for ordering, not for confidence.
  if (!top || top.score < CONFIDENT_MIN_SCORE - (top.code === top.value ? 0 : RANGE_PENALTY)) return false;
  return next === undefined || top.score - next.score >= CONFIDENT_GAP;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

/**
 * Full-width forms to ASCII, one UTF-16 unit for one, so every offset into the normalised text is
 * also an offset into the original (spans are reported against the original).
 */
function normalize(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00a0]/g, ' ')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[\u201c\u201d]/g, '"');
}

function isShortPaste(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= SHORT_PASTE_LENGTH && !trimmed.includes('\n');
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z'));
}

function isWordChar(char: string | undefined): boolean {
  return isLetter(char) || isDigit(char) || char === '_';
}

function isCjk(char: string | undefined): boolean {
  return char !== undefined && char >= '\u4e00' && char <= '\u9fff';
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

function isQuote(char: string | undefined): boolean {
  return char === '"' || char === "'";
}

/** Characters of a key or of the token before a number: identifiers, and file names, paths and versions so they can be recognised. */
function isKeyChar(char: string | undefined): boolean {
  return isWordChar(char) || char === '.' || char === '-' || char === '/' || char === '$';
}

/** The position before the run of `accept` characters that ends at `end`, looking back at most `limit` characters. */
function skipBack(text: string, end: number, accept: (char: string | undefined) => boolean, limit = 64): number {
  let i = end;
  while (i > 0 && end - i < limit && accept(text[i - 1])) i--;
  return i;
}

// ---------------------------------------------------------------------------------------------
// Numbers

const URL_PATTERN = /\b(?:https?|wss?|ftp|file):\/\/[^\s"'<>]*/gi;

function findNumberMentions(norm: string, shortPaste: boolean): Mention[] {
  const urls = [...norm.matchAll(URL_PATTERN)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const mentions: Mention[] = [];
  let url = 0;
  for (const run of norm.matchAll(/\d+/g)) {
    while (url < urls.length && urls[url]!.end <= run.index) url++;
    if (url < urls.length && urls[url]!.start <= run.index) continue;
    const mention = readNumber(norm, run.index, run.index + run[0].length, shortPaste);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

function readNumber(norm: string, digitsStart: number, end: number, shortPaste: boolean): Mention | undefined {
  const negative = hasMinus(norm, digitsStart);
  const start = negative ? digitsStart - 1 : digitsStart;
  if (isPartOfToken(norm, start, end) || isInThousands(norm, digitsStart, end) || isListMarker(norm, start, end)) return undefined;
  const value = `${negative ? '-' : ''}${norm.slice(digitsStart, end)}`;
  const context = readContext(norm, start, end, Number(value), shortPaste);
  return context && { value, start, end, ...context };
}

/** A minus sign, not a hyphen: nothing word-like before it ("code: -4", "返回-3", "(-5)"), unlike "31337-31402" or "utf-8". */
function hasMinus(norm: string, digitsStart: number): boolean {
  const before = norm[digitsStart - 2];
  return norm[digitsStart - 1] === '-' && !isWordChar(before) && before !== '.' && before !== '-';
}

const ID_SIGILS = new Set(['#', '@', '$', '¥', '+', '~', '^', '&']);
const AFTER_SIGILS = new Set(['%', '‰', '°', '℃']);

/**
 * Whether the number is only a piece of a larger token: an identifier or hex (v4, 0x1f3, @TGS#2AB),
 * a value with a unit glued on (200ms), a version or file position (5.1.60, msg_mgr.cpp.88), a time
 * or date (18:02:11, 2021-03-09), pid-tid (31337-31402), a path (/v4/…), an amount or percentage.
 */
function isPartOfToken(norm: string, start: number, end: number): boolean {
  const before = norm[start - 1];
  const beforeThat = norm[start - 2];
  const after = norm[end];
  const afterThat = norm[end + 1];
  return (
    isWordChar(before) ||
    isWordChar(after) ||
    before === '-' ||
    (before === '.' && isWordChar(beforeThat)) ||
    (after === '.' && isWordChar(afterThat)) ||
    (before === ':' && isDigit(beforeThat)) ||
    ((after === ':' || after === '-') && isDigit(afterThat)) ||
    before === '/' ||
    before === '\\' ||
    after === '/' ||
    after === '\\' ||
    ID_SIGILS.has(before ?? '') ||
    AFTER_SIGILS.has(after ?? '')
  );
}

/** "1,024" and "6,013" are one number; a run of up to three digits before ",ddd", or three after "d,", is a piece of it. */
function isInThousands(norm: string, digitsStart: number, end: number): boolean {
  const length = end - digitsStart;
  const groupAfter = length <= 3 && norm[end] === ',' && isThreeDigitGroup(norm, end + 1);
  const groupBefore = length === 3 && norm[digitsStart - 1] === ',' && !isDigit(norm[end]) && leadingGroupEndsAt(norm, digitsStart - 1);
  return groupAfter || groupBefore;
}

function isThreeDigitGroup(norm: string, start: number): boolean {
  return isDigit(norm[start]) && isDigit(norm[start + 1]) && isDigit(norm[start + 2]) && !isDigit(norm[start + 3]);
}

function leadingGroupEndsAt(norm: string, comma: number): boolean {
  const from = skipBack(norm, comma, isDigit, 4);
  return comma - from >= 1 && comma - from <= 3 && !isDigit(norm[from - 1]);
}

/** How far back on its line an opening parenthesis makes a following ")" its own. */
const PAREN_WINDOW = 80;

/**
 * List numbering in issue text: "1) 加群报错 10014 2) 发消息报错 20007", or "1." / "1、" opening a line.
 * A ")" closing a "(" earlier on the line ("(code 6013)") is no marker.
 */
function isListMarker(norm: string, start: number, end: number): boolean {
  const after = norm[end];
  if (after === ')') {
    const before = norm.slice(Math.max(0, start - PAREN_WINDOW), start);
    const lineStart = before.lastIndexOf('\n') + 1;
    return before.lastIndexOf('(') < lineStart;
  }
  const indent = skipBack(norm, start, isSpace);
  const opensLine = indent === 0 || norm[indent - 1] === '\n';
  return opensLine && (after === '、' || (after === '.' && isSpace(norm[end + 1])));
}

interface Context {
  score: number;
  reason: string;
}

function readContext(norm: string, start: number, end: number, number: number, shortPaste: boolean): Context | undefined {
  const left = readLeft(norm, start);
  // "code 200 OK": the reason phrase says HTTP whatever the label.
  if (left.kind === 'never' || (isHttpStatus(number) && hasHttpReasonAfter(norm, end))) return undefined;
  if (left.kind === 'label') return { score: SCORE.label, reason: left.json ? `JSON 字段 ${left.key}` : `标注为错误码（${left.key}）` };
  if (left.kind === 'status') {
    return isHttpStatus(number) ? undefined : { score: SCORE.status, reason: `标注为状态（${left.key}）` };
  }
  if (hasUnitAfter(norm, end)) return undefined;
  if (left.kind === 'callback') return { score: SCORE.callback, reason: `${left.key} 的第一个参数` };
  const errorWord = left.kind === 'errorWord' ? left.key : (errorWordAfter(norm, end) ?? errorWordBefore(norm, start));
  if (errorWord) return { score: SCORE.errorWord, reason: `紧挨“${errorWord}”` };
  return shortPaste ? { score: SCORE.bareShort, reason: '单独的数字' } : { score: SCORE.bareLong, reason: '日志中未标注的数字' };
}

function isHttpStatus(number: number): boolean {
  return number >= 100 && number <= 599;
}

const UNIT_AFTER =
  /[ \t]?(?:(?:ms|s|secs?|seconds?|mins?|minutes?|hours?|days?|bytes?|b|kb|mb|gb|kib|mib|px|dp|fps|hz|kbps|mbps|items?|times|lines?)\b|毫秒|秒|分钟|小时|天|字节|个(?!人)|条|次|人|位(?!置)|行(?!为)|列|年|月|日(?!志)|岁|元|倍|万|千|百|兆)/iy;
const HTTP_REASON_AFTER =
  /[ \t]*(?:OK|Created|Accepted|No Content|Moved Permanently|Found|Not Modified|Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Request Timeout|Conflict|Gone|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Timeout)\b/y;

/** A count, size or duration (1024 bytes, 200 ms, 3 次, 2021年), but not "70001 日志如下". */
function hasUnitAfter(norm: string, end: number): boolean {
  UNIT_AFTER.lastIndex = end;
  return UNIT_AFTER.test(norm);
}

/** An HTTP status line ("404 Not Found", "500 Internal Server Error"). */
function hasHttpReasonAfter(norm: string, end: number): boolean {
  HTTP_REASON_AFTER.lastIndex = end;
  return HTTP_REASON_AFTER.test(norm);
}

const CJK_ERROR_WORD = /错误|报错|失败|异常|出错|报$/;
const ERROR_WORD_AFTER = /[ \t]?[\u4e00-\u9fff]{0,6}?(错误|报错|失败|异常|出错)|[ \t]*(error|err|failed|failure)\b/iy;
const ERROR_WORD_BEFORE = /(错误|报错|失败|异常|出错|error|err|failed|failure|fail)[^\d\n]{0,4}$/i;
/** How far back "登录失败 (6206)" or "send failed, 6012" may put the error word. */
const ERROR_WORD_WINDOW = 16;

/** "6005请求失败", "70107错误", "10014 error". */
function errorWordAfter(norm: string, end: number): string | undefined {
  ERROR_WORD_AFTER.lastIndex = end;
  const match = ERROR_WORD_AFTER.exec(norm);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** "send msg failed, 6012": an error word a few characters before, after the key-based reading found nothing. */
function errorWordBefore(norm: string, start: number): string | undefined {
  return ERROR_WORD_BEFORE.exec(norm.slice(Math.max(0, start - ERROR_WORD_WINDOW), start))?.[1];
}

// ---------------------------------------------------------------------------------------------
// What stands before a number

type LeftKind = 'label' | 'status' | 'callback' | 'errorWord' | 'never' | 'none';

interface Left {
  kind: LeftKind;
  /** The key, callee or word as written in the paste, for the reason. */
  key: string;
  json: boolean;
}

type Separator = 'assign' | 'space' | 'glued';

const NONE: Left = { kind: 'none', key: '', json: false };
const NEVER: Left = { kind: 'never', key: '', json: false };

/** Words that join a key to its value in prose: "error code is 6013". */
const LINKING_WORDS = new Set(['is', 'was']);

function readLeft(norm: string, start: number): Left {
  let i = skipBack(norm, start, isSpace);
  const spaced = i < start;
  if (isQuote(norm[i - 1])) i = skipBack(norm, i - 1, isSpace);
  const char = norm[i - 1];
  if (char === ':' || char === '=') return readKey(norm, i - 1, 'assign');
  if (char === '(') return readCallee(norm, i - 1);
  if (isCjk(char)) return readKey(norm, i, spaced ? 'space' : 'glued');
  if (spaced && isWordChar(char)) {
    const wordStart = skipBack(norm, i, isWordChar, 8);
    if (LINKING_WORDS.has(norm.slice(wordStart, i).toLowerCase())) return readKey(norm, wordStart, 'space');
    return readKey(norm, i, 'space');
  }
  return NONE;
}

/** The key that ends at `end` (before the separator, if any), classified. */
function readKey(norm: string, end: number, separator: Separator): Left {
  let j = skipBack(norm, end, isSpace);
  let json = false;
  if (separator === 'assign' && isQuote(norm[j - 1])) {
    json = true;
    j--;
  }
  if (isCjk(norm[j - 1])) {
    const from = skipBack(norm, j, isCjk, 12);
    return classifyCjkKey(norm.slice(from, j), /http[ \t]*$/i.test(norm.slice(Math.max(0, from - 6), from)));
  }
  const from = skipBack(norm, j, isKeyChar, 48);
  // ":8080", " = 5": a separator with nothing to name the value is a port or an aside.
  if (from === j) return separator === 'assign' ? NEVER : NONE;
  const key = withQualifier(norm, from, norm.slice(from, j));
  return classifyAsciiKey(key, separator, json);
}

/** Words that make a following "code"/"status" a two-word key: "err code", "Error Code", "HTTP status". */
const QUALIFIERS = new Set(['err', 'error', 'ret', 'return', 'result', 'status', 'http', 'sub', 'im', 'sdk']);
const QUALIFIED = new Set(['code', 'no', 'status']);

function withQualifier(norm: string, keyStart: number, key: string): string {
  if (!QUALIFIED.has(key.toLowerCase()) || !isSpace(norm[keyStart - 1])) return key;
  const wordEnd = skipBack(norm, keyStart, isSpace, 2);
  const wordStart = skipBack(norm, wordEnd, isWordChar, 8);
  const word = norm.slice(wordStart, wordEnd);
  return QUALIFIERS.has(word.toLowerCase()) ? `${word} ${key}` : key;
}

const CODE_KEY = /^(?:(?:err|error|ret|return|result|res|sub|biz|im|sdk|api)?code|err(?:or)?(?:no|num|number|id)|ret|retval|result)$/;
const ERROR_KEY = /err|fail|exception|reject/;
const HTTP_KEY = /^http|^statuscode$/;
const NOISE_WORDS = new Set([
  'line',
  'ln',
  'lineno',
  'col',
  'column',
  'port',
  'pid',
  'tid',
  'uid',
  'thread',
  'process',
  'version',
  'ver',
  'v',
  'ios',
  'android',
  'macos',
  'windows',
  'level',
  'api',
  'build',
  'seq',
  'sequence',
  'size',
  'len',
  'length',
  'count',
  'total',
  'retry',
  'retries',
  'attempt',
  'page',
  'offset',
  'limit',
  'index',
  'idx',
  'user',
  'member',
  'room',
  'qq',
  'random',
  'time',
  'timestamp',
  'ts',
  'duration',
  'cost',
  'elapsed',
  'took',
  'width',
  'height',
  'identifier',
]);

function classifyAsciiKey(key: string, separator: Separator, json: boolean): Left {
  const normalized = key.toLowerCase().replace(/[-_ ]/g, '');
  const left = (kind: LeftKind): Left => ({ kind, key, json });
  // HTTP/1.1 500, E/flutter (31337): a status line, a logcat tag and its pid.
  if (HTTP_KEY.test(normalized) || normalized.includes('/')) return NEVER;
  if (normalized.includes('.')) return classifyDottedKey(key, separator, json);
  if (CODE_KEY.test(normalized)) return left('label');
  if (normalized.includes('status') || normalized.endsWith('state')) return left('status');
  if (ERROR_KEY.test(normalized)) return left(separator === 'assign' && /^err(or)?$/.test(normalized) ? 'label' : 'errorWord');
  // Any other named field (sdkappid=…, "MemberNum": 500, To_Account) holds something else.
  if (separator === 'assign') return NEVER;
  if (NOISE_WORDS.has(normalized) || normalized.endsWith('id')) return NEVER;
  return NONE;
}

/**
 * "main.dart:42", "im.example.com:8080", "msg_mgr.cpp (88)" are positions and ports; a qualified name
 * before a spaced value ("TIMErrCode.ERR_SDK_NOT_LOGGED_IN (6014)") is read by its last part.
 */
function classifyDottedKey(key: string, separator: Separator, json: boolean): Left {
  const last = key.slice(key.lastIndexOf('.') + 1);
  if (separator === 'assign' || !/^[A-Za-z_]\w*$/.test(last) || SOURCE_EXTENSIONS.has(last.toLowerCase())) return NEVER;
  return classifyAsciiKey(last, separator, json);
}

const CJK_CODE_LABEL = /(?:错误码|错误代码|错误号|错误编号|错误值|返回码|返回值|结果码|状态码)$/;
const CJK_NOISE = /(?:用户|帐号|账号|群号|房间号?|序号|版本号?|端口|行号?|进程|线程|号码|第|共|耗时|大小|长度|人数|数量|重试|等待|延迟)$/;

function classifyCjkKey(run: string, afterHttp: boolean): Left {
  // "错误码是 6013", "错误码为：6013", "返回了 -3": the copula is not part of the key.
  const key = run.replace(/[是为了]+$/, '') || run;
  const left = (kind: LeftKind, word = key): Left => ({ kind, key: word, json: false });
  if (afterHttp && /(?:状态码|状态|码)$/.test(key)) return NEVER;
  if (CJK_CODE_LABEL.test(key)) return left('label');
  if (key.includes('状态')) return left('status');
  const errorWord = CJK_ERROR_WORD.exec(key)?.[0];
  if (errorWord) return left('errorWord', errorWord);
  if (CJK_NOISE.test(key)) return NEVER;
  return NONE;
}

const SOURCE_EXTENSIONS = new Set([
  'c',
  'cc',
  'cpp',
  'cxx',
  'h',
  'hpp',
  'm',
  'mm',
  'swift',
  'java',
  'kt',
  'kts',
  'dart',
  'js',
  'mjs',
  'cjs',
  'ts',
  'tsx',
  'jsx',
  'py',
  'go',
  'rb',
  'cs',
  'php',
  'rs',
  'lua',
  'vue',
  'so',
  'dll',
]);

/**
 * "PlatformException(6013, …)" and "onError(6017, …)" pass an error code; "main.dart(42)" is a source
 * position, and "onProgress(12, 100)" or "sleep(200)" pass some other parameter, like an unknown field.
 */
function readCallee(norm: string, paren: number): Left {
  const before = norm[paren - 1];
  if (isSpace(before) || isCjk(before)) return readKey(norm, paren, isSpace(before) ? 'space' : 'glued');
  const from = skipBack(norm, paren, (char) => isWordChar(char) || char === '$' || char === '.');
  const callee = norm.slice(from, paren);
  if (!callee) return NONE;
  const last = callee.slice(callee.lastIndexOf('.') + 1);
  const normalized = last.toLowerCase().replace(/_/g, '');
  if (CODE_KEY.test(normalized)) return { kind: 'label', key: callee, json: false };
  if (ERROR_KEY.test(callee.toLowerCase()) && !SOURCE_EXTENSIONS.has(normalized)) return { kind: 'callback', key: callee, json: false };
  return NEVER;
}

// ---------------------------------------------------------------------------------------------
// Constant names

function findNameMentions(norm: string, prepared: Prepared): Mention[] {
  if (prepared.names.size === 0) return [];
  const mentions: Mention[] = [];
  for (const token of norm.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    for (const entry of prepared.names.get(token[0]) ?? []) {
      mentions.push({
        value: entry.code,
        start: token.index,
        end: token.index + token[0].length,
        score: SCORE.name,
        reason: '常量名',
        entry,
      });
    }
  }
  return mentions;
}

// ---------------------------------------------------------------------------------------------
// System hints

interface HintPattern {
  system: string;
  hint: string;
}

interface HintFound extends Span, HintPattern {}

function findHints(norm: string, patterns: Prepared['hints']): Map<string, HintFound[]> {
  const found = new Map<string, HintFound[]>();
  if (!patterns.regex) return found;
  for (const match of norm.matchAll(patterns.regex)) {
    const hint = patterns.byLowercase.get(match[0].toLowerCase())!;
    push(found, hint.system, { start: match.index, end: match.index + match[0].length, ...hint });
  }
  return found;
}

function hintBonus(
  norm: string,
  system: string,
  mention: Mention,
  hints: Map<string, HintFound[]>,
): { bonus: number; reason: string } | undefined {
  const ofSystem = hints.get(system) ?? [];
  const near = ofSystem.find((hint) => isNearBefore(norm, hint, mention));
  if (near) return { bonus: HINT_NEAR_BONUS, reason: `附近提到 ${near.hint}` };
  const anywhere = ofSystem[0];
  return anywhere && { bonus: HINT_ANYWHERE_BONUS, reason: `文中提到 ${anywhere.hint}` };
}

/** Before the number on its line, close, and with no other number between: "imsdk err 6013" labels 6013, not a later 6012. */
function isNearBefore(norm: string, hint: HintFound, mention: Mention): boolean {
  if (hint.end > mention.start || mention.start - hint.end > HINT_NEAR_DISTANCE) return false;
  return !/[\d\n]/.test(norm.slice(hint.end, mention.start));
}

// ---------------------------------------------------------------------------------------------
// Index

interface Prepared {
  order: Map<PasteIndexEntry, number>;
  exact: Map<string, PasteIndexEntry[]>;
  ranges: { entry: PasteIndexEntry; low: number; high: number }[];
  names: Map<string, PasteIndexEntry[]>;
  hints: { regex: RegExp | undefined; byLowercase: Map<string, HintPattern> };
}

/** The site parses many pastes against one index; its lookup tables are built once per index object. */
const preparedIndexes = new WeakMap<PasteIndex, Prepared>();

function prepare(index: PasteIndex): Prepared {
  let prepared = preparedIndexes.get(index);
  if (!prepared) {
    prepared = buildPrepared(index);
    preparedIndexes.set(index, prepared);
  }
  return prepared;
}

function buildPrepared(index: PasteIndex): Prepared {
  const exact = new Map<string, PasteIndexEntry[]>();
  const names = new Map<string, PasteIndexEntry[]>();
  const ranges: Prepared['ranges'] = [];
  for (const entry of index.entries) {
    if (entry.to === undefined) push(exact, entry.code, entry);
    else {
      const [low, high] = [Number(entry.code), Number(entry.to)].sort((a, b) => a - b) as [number, number];
      ranges.push({ entry, low, high });
    }
    if (entry.name) push(names, entry.name, entry);
  }
  return {
    order: new Map(index.entries.map((entry, position) => [entry, position])),
    exact,
    ranges,
    names,
    hints: prepareHints(index.systemHints),
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function prepareHints(systemHints: Record<string, string[]>): Prepared['hints'] {
  const byLowercase = new Map<string, HintPattern>();
  for (const [system, hints] of Object.entries(systemHints)) {
    for (const hint of hints) if (hint && !byLowercase.has(hint.toLowerCase())) byLowercase.set(hint.toLowerCase(), { system, hint });
  }
  if (byLowercase.size === 0) return { regex: undefined, byLowercase };
  // Longest first, so "V2TIM" is taken whole rather than as "TIM".
  const alternatives = [...byLowercase.values()]
    .map(({ hint }) => hint)
    .sort((a, b) => b.length - a.length)
    .map(hintPattern);
  return { regex: new RegExp(alternatives.join('|'), 'g'), byLowercase };
}

/**
 * A hint matches in any case as a whole word or as a camel-case part (V2TIMManager, WFCCNetworkService,
 * getTIMManager), so "TIM" is found there but not in "TIMEOUT", "time" or "optimal". Letters become
 * [Tt] classes instead of using the i flag, which would make the case tests of the boundaries
 * case-blind too. A hint's Chinese edge ("野火" in "野火IM") needs no boundary.
 */
function hintPattern(hint: string): string {
  const body = [...hint].map((char) => (isLetter(char) ? `[${char.toUpperCase()}${char.toLowerCase()}]` : escapeRegExp(char))).join('');
  const startsWord = isLetter(hint[0]) ? '(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))' : '';
  // A camel-case word goes on with one capital then lower case ("Manager"); "TIMEOUT" goes on in capitals.
  const endsWord = isLetter(hint.at(-1)) ? '(?=[A-Z][a-z]|[^A-Za-z]|$)' : '';
  return `${startsWord}${body}${endsWord}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Exact codes first; a range only for systems without an exact code for the value. */
function entriesFor(mention: Mention, prepared: Prepared): PasteIndexEntry[] {
  if (mention.entry) return [mention.entry];
  const exact = prepared.exact.get(mention.value) ?? [];
  if (prepared.ranges.length === 0) return exact;
  const number = Number(mention.value);
  const systems = new Set(exact.map((entry) => entry.system));
  const inRanges = prepared.ranges
    .filter((range) => number >= range.low && number <= range.high && !systems.has(range.entry.system))
    .map((range) => range.entry);
  return [...exact, ...inRanges];
}

// ---------------------------------------------------------------------------------------------
// Scoring and ranking

interface Scored {
  score: number;
  reasons: string[];
}

interface Found {
  entry: PasteIndexEntry;
  value: string;
  best: Scored;
  /** How each other occurrence was marked; their hint reasons would only repeat the best one's. */
  otherReasons: string[];
  spans: Span[];
}

function scoreFor(norm: string, entry: PasteIndexEntry, mention: Mention, hints: Map<string, HintFound[]>): Scored {
  const reasons = [mention.reason];
  let score = mention.score;
  if (entry.to !== undefined) {
    score -= RANGE_PENALTY;
    reasons.push(`在 ${entry.code}–${entry.to} 范围内`);
  }
  const hint = hintBonus(norm, entry.system, mention, hints);
  if (hint) {
    score += hint.bonus;
    reasons.push(hint.reason);
  }
  return { score, reasons };
}

/** Mentions of one entry with one value are one match: its best reading, plus a little for each repeat. */
function addFound(found: Map<string, Found>, entry: PasteIndexEntry, mention: Mention, scored: Scored): void {
  const key = `${entry.system}\u0000${entry.code}\u0000${mention.value}`;
  const span = { start: mention.start, end: mention.end };
  const existing = found.get(key);
  if (!existing) {
    found.set(key, { entry, value: mention.value, best: scored, otherReasons: [], spans: [span] });
    return;
  }
  existing.spans.push(span);
  if (scored.score > existing.best.score) {
    existing.otherReasons.push(existing.best.reasons[0]!);
    existing.best = scored;
  } else {
    existing.otherReasons.push(scored.reasons[0]!);
  }
}

function rank(found: Found[], prepared: Prepared): PasteMatch[] {
  return found
    .map((item) => ({ match: toMatch(item), order: prepared.order.get(item.entry)! }))
    .sort((a, b) => b.match.score - a.match.score || a.match.spans[0]!.start - b.match.spans[0]!.start || a.order - b.order)
    .map(({ match }) => match);
}

function toMatch(found: Found): PasteMatch {
  const repeats = found.spans.length - 1;
  const reasons = [...new Set([...found.best.reasons, ...found.otherReasons])];
  if (repeats > 0) reasons.push(`出现 ${found.spans.length} 次`);
  return {
    system: found.entry.system,
    code: found.entry.code,
    value: found.value,
    score: found.best.score + Math.min(MAX_REPEAT_BONUS, REPEAT_BONUS * repeats),
    reasons,
    spans: found.spans.sort((a, b) => a.start - b.start),
  };
}

// ---------------------------------------------------------------------------------------------
// Error text

const MESSAGE_FIELD =
  /(?<![A-Za-z0-9_$])["']?(?:errorinfo|err_?msg|error_?msg|err_?message|error_?message|err_?desc|error_?desc(?:ription)?|message|msg|desc|description|reason)["']?[ \t]*[:=][ \t]*/gi;
const ERROR_CALL = /(?<![\w$.])([A-Za-z_$][\w$.]*)\([ \t]*-?\d+[ \t]*,[ \t]*([^)\n]*)\)/g;
const THROWN = /(?<![\w$.])(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$]*(?:Exception|Error)[ \t]*:[ \t]*([^\n]+)/g;
/** Where an unquoted value ends: the line, a field separator, the end of an object or a query string. */
const UNQUOTED_END = /[\n|&}\]]/;
/** ", desc=…" after an unquoted value starts the next field. */
const NEXT_FIELD = /[,;][ \t]*["']?[A-Za-z_]\w*["']?[ \t]*[:=]/;
/** Error messages are short; reading at most this much of a value keeps a 20,000-character line of fields linear. */
const MAX_VALUE_LENGTH = 500;
const EMPTY_VALUES = new Set(['', 'null', 'nil', 'none', 'undefined']);

/**
 * The human error text of a paste (ErrorInfo / errmsg / error_message / message / msg / desc values, or exception text), for message matching when no code is found.
 *
 * Parts are returned in paste order, one per line, without repeats. A single-line paste with none of
 * them (an issue title, "群组不存在") is its own error text; a longer one without them gives ''.
 */
export function extractErrorText(text: string): string {
  const norm = normalize(text);
  const parts = [...messageFields(text, norm), ...errorCallArguments(text, norm), ...thrownMessages(text, norm)];
  if (parts.length === 0) {
    const trimmed = text.trim();
    return trimmed.includes('\n') ? '' : trimmed;
  }
  const texts = parts
    .filter((part) => !EMPTY_VALUES.has(part.text.toLowerCase()) && /[A-Za-z\u4e00-\u9fff]/.test(part.text) && !/^[{[]/.test(part.text))
    .sort((a, b) => a.at - b.at)
    .map((part) => part.text);
  return [...new Set(texts)].join('\n');
}

interface TextPart {
  at: number;
  text: string;
}

function messageFields(text: string, norm: string): TextPart[] {
  const parts: TextPart[] = [];
  let readUntil = 0;
  for (const field of norm.matchAll(MESSAGE_FIELD)) {
    // 'msg="see errmsg=…"': a key inside a value already read is part of that value.
    if (field.index < readUntil) continue;
    const at = field.index + field[0].length;
    const value = readValue(text, norm, at);
    readUntil = value.end;
    parts.push({ at, text: value.text });
  }
  return parts;
}

function readValue(text: string, norm: string, at: number): { text: string; end: number } {
  const quote = norm[at];
  if (quote === '"' || quote === "'") {
    const end = closingQuote(norm, at);
    const raw = text.slice(at + 1, end);
    return { text: quote === '"' ? unescapeJson(raw) : raw.trim(), end };
  }
  const window = norm.slice(at, at + MAX_VALUE_LENGTH);
  const valueEnd = window.search(UNQUOTED_END);
  const value = valueEnd === -1 ? window : window.slice(0, valueEnd);
  const nextField = value.search(NEXT_FIELD);
  const end = at + (nextField === -1 ? value.length : nextField);
  return { text: decodePercent(text.slice(at, end).trim()), end };
}

/** Form-encoded bodies ("errmsg=sdk%20not%20init") carry their text percent-encoded. */
function decodePercent(value: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    // A lone "%" in ordinary text ("50% 失败") is not an escape.
    return value;
  }
}

/** The position of the quote closing the one at `open`, skipping backslash escapes; the line's end when unclosed, or MAX_VALUE_LENGTH on. */
function closingQuote(norm: string, open: number): number {
  const quote = norm[open];
  const limit = Math.min(norm.length, open + 1 + MAX_VALUE_LENGTH);
  for (let i = open + 1; i < limit; i++) {
    if (norm[i] === '\\') i++;
    else if (norm[i] === quote || norm[i] === '\n') return i;
  }
  return limit;
}

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** JSON string escapes ("\u7fa4\u7ec4…"); a log's own odd escapes stay as written. Never throws: a paste may hold thousands of fields, and exceptions cost microseconds each. */
function unescapeJson(raw: string): string {
  return raw
    .replace(/\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g, (_, hex: string | undefined, char: string | undefined) =>
      hex ? String.fromCharCode(parseInt(hex, 16)) : JSON_ESCAPES[char!]!,
    )
    .trim();
}

/** "PlatformException(6013, Execution Error, sdk not init, null)" → "Execution Error, sdk not init". */
function errorCallArguments(text: string, norm: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const call of norm.matchAll(ERROR_CALL)) {
    if (!ERROR_KEY.test(call[1]!.toLowerCase())) continue;
    const at = call.index + call[0].length - call[2]!.length - 1;
    const args = text.slice(at, at + call[2]!.length);
    parts.push({ at, text: args.replace(/(?:[ \t]*,[ \t]*(?:null|nil|undefined))+[ \t]*$/, '').trim() });
  }
  return parts;
}

/** "java.lang.IllegalStateException: sdk not initialized", "TypeError: …". */
function thrownMessages(text: string, norm: string): TextPart[] {
  return [...norm.matchAll(THROWN)].map((thrown) => {
    const at = thrown.index + thrown[0].length - thrown[1]!.length;
    return { at, text: text.slice(at, at + thrown[1]!.length).trim() };
  });
}

// ---------------------------------------------------------------------------------------------
// Message matching

/**
 * English words and phrases of SDK error texts, with the Chinese the catalog says them in: the
 * catalog's messages are Chinese, the texts SDKs return are often English.
 */
const GLOSSARY: [string[], string[]][] = [
  [['not initialized', 'not initialised', 'not init', 'uninitialized', 'uninitialised', 'init failed'], ['未初始化']],
  [['not logged in', 'not login', 'not logged'], ['未登录']],
  [['login', 'log in', 'logged in'], ['登录']],
  [['expired', 'expire', 'expires', 'expiry'], ['过期']],
  [
    ['invalid', 'illegal'],
    ['无效', '非法'],
  ],
  [['param', 'params', 'parameter', 'parameters', 'argument', 'arguments'], ['参数']],
  [['timeout', 'timed out', 'time out'], ['超时']],
  [['network'], ['网络']],
  [['no network', 'network unavailable'], ['没有网络']],
  [['offline', 'kicked offline'], ['下线']],
  [['group'], ['群组']],
  [['not exist', 'not exists', 'does not exist', "doesn't exist", 'not found', 'no such'], ['不存在']],
  [['exist', 'exists', 'already exists'], ['存在']],
  [['full', 'is full'], ['满员']],
  [['kicked', 'kicked off', 'kicked out', 'kick'], ['被踢']],
  [['permission', 'permission denied', 'no permission', 'not allowed', 'forbidden'], ['权限']],
  [['sensitive', 'sensitive word', 'sensitive words'], ['敏感词']],
  [
    ['too frequent', 'frequency', 'rate limit', 'too many requests', 'freq limit'],
    ['频率', '超频'],
  ],
  [['register', 'registered', 'not registered', 'unregistered'], ['注册']],
  [['user'], ['用户']],
  [['friend', 'friends'], ['好友']],
  [['message', 'msg'], ['消息']],
  [['blacklist', 'blacklisted', 'blocked', 'in blacklist'], ['拉黑']],
  [
    ['banned', 'muted', 'mute', 'forbid'],
    ['禁言', '禁止'],
  ],
  [['member', 'members'], ['成员']],
  [['signature', 'sign'], ['签名']],
  [
    ['auth', 'authentication', 'unauthorized', 'license', 'licensed', 'not licensed'],
    ['鉴权', '授权'],
  ],
  [['server'], ['服务器']],
  [['internal'], ['内部']],
  [['request'], ['请求']],
  [['failed', 'fail', 'failure'], ['失败']],
  [['error'], ['错误']],
  [['storage', 'database', 'db'], ['存储']],
  [['load', 'loading'], ['加载']],
  [['receiver', 'recipient'], ['接收方']],
  [['secret', 'secret key', 'key mismatch'], ['密钥']],
  [['mismatch', 'not match', "doesn't match"], ['不匹配']],
  [['logout', 'logged out', 'log out'], ['退出登录']],
  [['connect', 'connection', 'disconnected'], ['连接']],
  [['rejected', 'refused', 'reject'], ['拒绝']],
  [['time inconsistent', 'clock'], ['时间不一致']],
  [['package', 'plan'], ['套餐']],
  [['not support', 'not supported', 'unsupported'], ['不支持']],
  [['callback'], ['回调']],
  [['custom'], ['自定义']],
  [['account'], ['帐号']],
  [['parse', 'parsing'], ['解析']],
];
const GLOSSARY_MATCHER = prepareGlossary();

/** Variants the catalog and pastes spell both ways, folded so either finds the other (same length, so offsets hold). */
const CHINESE_VARIANTS: [RegExp, string][] = [
  [/账号/g, '帐号'],
  [/登陆/g, '登录'],
];
const STOPWORDS = new Set([
  'the',
  'is',
  'are',
  'was',
  'to',
  'of',
  'in',
  'on',
  'for',
  'and',
  'or',
  'not',
  'no',
  'please',
  'check',
  'with',
  'be',
  'by',
  'it',
  'this',
  'that',
  'at',
  'as',
  'an',
]);
/** A message must share at least this share of the paste's known words, weighted, to be offered. */
const MIN_MESSAGE_COVERAGE = 0.5;
/** The share of a message score that measures the text's coverage; the rest measures the message's. */
const QUERY_WEIGHT = 0.75;

interface Feature extends Span {
  key: string;
}

interface MessageIndex {
  features: { entry: PasteIndexEntry; keys: Set<string>; weight: number }[];
  idf: Map<string, number>;
}

interface Glossary {
  pattern: RegExp;
  chinese: Map<string, string[]>;
}

const messageIndexes = new WeakMap<PasteIndex, MessageIndex>();

/**
 * Catalog entries whose message best matches free text (Chinese and English), best first, at most `limit`.
 *
 * Both sides become features: Chinese character pairs, English words, and the Chinese of the
 * glossary's English phrases. Rare features weigh more (inverse document frequency over the index).
 * The score (0–100) is ¾ how much of the text's known features the message has and ¼ how much of the
 * message they cover, so that of two messages with the same words the shorter, more specific one wins.
 */
export function matchMessages(text: string, index: PasteIndex, limit = 5): PasteMatch[] {
  const messages = prepareMessages(index);
  const query = groupFeatures(textFeatures(text));
  const known = [...query.keys()].filter((key) => messages.idf.has(key));
  const queryWeight = sum(known.map((key) => messages.idf.get(key)!));
  if (queryWeight === 0) return [];
  return messages.features
    .map(({ entry, keys, weight }) => {
      const matched = known.filter((key) => keys.has(key));
      const matchedWeight = sum(matched.map((key) => messages.idf.get(key)!));
      const coverage = matchedWeight / queryWeight;
      return { entry, matched, coverage, score: 100 * (QUERY_WEIGHT * coverage + (1 - QUERY_WEIGHT) * (matchedWeight / weight)) };
    })
    .filter((candidate) => candidate.coverage >= MIN_MESSAGE_COVERAGE)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ entry, matched, score }) =>
      messageMatch(
        text,
        entry,
        Math.round(score),
        matched.flatMap((key) => query.get(key)!),
      ),
    );
}

function messageMatch(text: string, entry: PasteIndexEntry, score: number, spans: Span[]): PasteMatch {
  const merged = mergeSpans(spans);
  const quoted = merged.slice(0, 4).map((span) => `“${text.slice(span.start, span.end)}”`);
  return { system: entry.system, code: entry.code, value: entry.code, score, reasons: [`信息相符：${quoted.join('、')}`], spans: merged };
}

function prepareMessages(index: PasteIndex): MessageIndex {
  let messages = messageIndexes.get(index);
  if (messages) return messages;
  const entryKeys = index.entries.map((entry) => ({ entry, keys: new Set(textFeatures(entry.message).map((feature) => feature.key)) }));
  const frequency = new Map<string, number>();
  for (const { keys } of entryKeys) for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const idf = new Map([...frequency].map(([key, count]) => [key, Math.log(1 + index.entries.length / count)]));
  const features = entryKeys.map(({ entry, keys }) => ({ entry, keys, weight: sum([...keys].map((key) => idf.get(key)!)) }));
  messages = { features, idf };
  messageIndexes.set(index, messages);
  return messages;
}

function prepareGlossary(): Glossary {
  const chinese = new Map<string, string[]>();
  for (const [english, terms] of GLOSSARY) for (const phrase of english) chinese.set(phrase, terms);
  const phrases = [...chinese.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { pattern: new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'g'), chinese };
}

/** Chinese pairs, English words and glossary translations of a text, each with where it was found. */
function textFeatures(text: string): Feature[] {
  let folded = normalize(text).replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  for (const [variant, canonical] of CHINESE_VARIANTS) folded = folded.replace(variant, canonical);
  const features: Feature[] = [];
  for (const run of folded.matchAll(/[\u4e00-\u9fff]+/g)) {
    addChinesePairs(features, run[0], (offset, length) => ({ start: run.index + offset, end: run.index + offset + length }));
  }
  for (const word of folded.matchAll(/[a-z][a-z0-9]*/g)) {
    if (word[0].length >= 2 && !STOPWORDS.has(word[0]))
      features.push({ key: word[0], start: word.index, end: word.index + word[0].length });
  }
  for (const phrase of folded.matchAll(GLOSSARY_MATCHER.pattern)) {
    const english = { start: phrase.index, end: phrase.index + phrase[0].length };
    for (const term of GLOSSARY_MATCHER.chinese.get(phrase[0])!) addChinesePairs(features, term, () => english);
  }
  return features;
}

/**
 * Overlapping pairs of characters: Chinese has no spaces, and pairs find 群组不存在 in 群组不存在，或者…
 * `spanOf` places a pair: in the text for a run found there, on its English for a glossary translation.
 */
function addChinesePairs(features: Feature[], run: string, spanOf: (offset: number, length: number) => Span): void {
  if (run.length === 1) features.push({ key: run, ...spanOf(0, 1) });
  for (let i = 0; i + 1 < run.length; i++) features.push({ key: run.slice(i, i + 2), ...spanOf(i, 2) });
}

function groupFeatures(features: Feature[]): Map<string, Span[]> {
  const grouped = new Map<string, Span[]>();
  for (const { key, start, end } of features) push(grouped, key, { start, end });
  return grouped;
}

function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
