/**
 * What stands before a number, and what it makes of it: a label (错误码, ErrorCode, "errCode":), a
 * status, the first argument of an error callback, an error word, a field that holds something else
 * (never a code), or nothing.
 */
import { isCjk, isKeyChar, isQuote, isSpace, isWordChar, skipBack } from './characters.ts';
import {
  CJK_CODE_LABEL,
  CJK_ERROR_WORD,
  CJK_OTHER_KEY,
  CODE_KEYS,
  isErrorKey,
  LINKING_WORDS,
  OTHER_KEYS,
  QUALIFIED,
  QUALIFIERS,
  SOURCE_EXTENSIONS,
} from './words.ts';

type LabelKind = 'label' | 'status' | 'callback' | 'errorWord' | 'never' | 'none';

export interface Label {
  kind: LabelKind;
  /** The key, callee or word as written in the paste, for the reason. */
  key: string;
  /** The key is a quoted JSON field name. */
  json: boolean;
}

type Separator = 'assign' | 'space' | 'glued';

const NONE: Label = { kind: 'none', key: '', json: false };
const NEVER: Label = { kind: 'never', key: '', json: false };
const HTTP_KEY = /^http|^statuscode$/;

/** The label of the number that starts at `start` in the normalised text. */
export function readLabel(norm: string, start: number): Label {
  let i = skipBack(norm, start, isSpace);
  const spaced = i < start;
  if (isQuote(norm[i - 1])) i = skipBack(norm, i - 1, isSpace);
  const char = norm[i - 1];
  if (char === ':' || char === '=') return readKey(norm, i - 1, 'assign');
  if (char === '(') return readCallee(norm, i - 1);
  if (char === ',') return readArgument(norm, i - 1);
  if (isCjk(char)) return readKey(norm, i, spaced ? 'space' : 'glued');
  if (spaced && isWordChar(char)) {
    const wordStart = skipBack(norm, i, isWordChar, 8);
    if (LINKING_WORDS.has(norm.slice(wordStart, i).toLowerCase())) return readKey(norm, wordStart, 'space');
    return readKey(norm, i, 'space');
  }
  return NONE;
}

/** The key that ends at `end` (before the separator, if any), classified. */
function readKey(norm: string, end: number, separator: Separator): Label {
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

function withQualifier(norm: string, keyStart: number, key: string): string {
  if (!QUALIFIED.has(key.toLowerCase()) || !isSpace(norm[keyStart - 1])) return key;
  const wordEnd = skipBack(norm, keyStart, isSpace, 2);
  const wordStart = skipBack(norm, wordEnd, isWordChar, 8);
  const word = norm.slice(wordStart, wordEnd);
  return QUALIFIERS.has(word.toLowerCase()) ? `${word} ${key}` : key;
}

function classifyAsciiKey(key: string, separator: Separator, json: boolean): Label {
  const normalized = key.toLowerCase().replace(/[-_ ]/g, '');
  const label = (kind: LabelKind): Label => ({ kind, key, json });
  // HTTP/1.1 500, E/flutter (31337): a status line, a logcat tag and its pid.
  if (HTTP_KEY.test(normalized) || normalized.includes('/')) return NEVER;
  if (normalized.includes('.')) return classifyDottedKey(key, separator, json);
  if (CODE_KEYS.has(normalized)) return label('label');
  if (normalized.includes('status') || normalized.endsWith('state')) return label('status');
  if (isErrorKey(normalized)) return label(separator === 'assign' && /^err(or)?$/.test(normalized) ? 'label' : 'errorWord');
  // Any other named field (sdkappid=…, "MemberNum": 500, To_Account) holds something else.
  if (separator === 'assign') return NEVER;
  if (OTHER_KEYS.has(normalized) || normalized.endsWith('id')) return NEVER;
  return NONE;
}

/**
 * "main.dart:42", "im.example.com:8080", "msg_mgr.cpp (88)" are positions and ports; a qualified name
 * before a spaced value ("TIMErrCode.ERR_SDK_NOT_LOGGED_IN (6014)") is read by its last part.
 */
function classifyDottedKey(key: string, separator: Separator, json: boolean): Label {
  const last = key.slice(key.lastIndexOf('.') + 1);
  if (separator === 'assign' || !/^[A-Za-z_]\w*$/.test(last) || SOURCE_EXTENSIONS.has(last.toLowerCase())) return NEVER;
  return classifyAsciiKey(last, separator, json);
}

function classifyCjkKey(run: string, afterHttp: boolean): Label {
  // "错误码是 6013", "错误码为：6013", "返回了 -3": the copula is not part of the key.
  const key = run.replace(/[是为了]+$/, '') || run;
  const label = (kind: LabelKind, word = key): Label => ({ kind, key: word, json: false });
  if (afterHttp && /(?:状态码|状态|码)$/.test(key)) return NEVER;
  if (CJK_CODE_LABEL.test(key)) return label('label');
  if (key.includes('状态')) return label('status');
  const errorWord = CJK_ERROR_WORD.exec(key)?.[0];
  if (errorWord) return label('errorWord', errorWord);
  if (CJK_OTHER_KEY.test(key)) return NEVER;
  return NONE;
}

/** How far back a later argument looks for its call's opening parenthesis, within its line. */
const MAX_ARGUMENTS_LENGTH = 200;

/**
 * A later argument of a call ("onProgress(24, 100)", "resize(640, 480)") is a parameter like the call's first when
 * the call passes no error code; of an error callback ("onError(6017, 100)") it is left to the other clues.
 */
function readArgument(norm: string, comma: number): Label {
  let depth = 0;
  for (let at = comma - 1; at >= Math.max(0, comma - MAX_ARGUMENTS_LENGTH); at--) {
    const char = norm[at];
    if (char === '\n') return NONE;
    if (char === ')') depth++;
    if (char === '(' && depth-- === 0) return readCallee(norm, at).kind === 'never' ? NEVER : NONE;
  }
  return NONE;
}

/**
 * "PlatformException(6013, …)" and "onError(6017, …)" pass an error code; "main.dart(42)" is a source
 * position, and "onProgress(12, 100)" or "sleep(200)" pass some other parameter, like an unknown field.
 */
function readCallee(norm: string, paren: number): Label {
  const before = norm[paren - 1];
  if (isSpace(before) || isCjk(before)) return readKey(norm, paren, isSpace(before) ? 'space' : 'glued');
  const from = skipBack(norm, paren, (char) => isWordChar(char) || char === '$' || char === '.');
  const callee = norm.slice(from, paren);
  if (!callee) return NONE;
  const last = callee.slice(callee.lastIndexOf('.') + 1);
  const normalized = last.toLowerCase().replace(/_/g, '');
  if (CODE_KEYS.has(normalized)) return { kind: 'label', key: callee, json: false };
  if (isErrorKey(callee.toLowerCase()) && !SOURCE_EXTENSIONS.has(normalized)) return { kind: 'callback', key: callee, json: false };
  return NEVER;
}
