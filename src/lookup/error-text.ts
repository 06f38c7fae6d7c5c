/**
 * The human error text of a paste, for message matching when no code is found: the values of message
 * fields (ErrorInfo, errmsg, error_message, message, msg, desc…), the text arguments of an error
 * callback, and exception messages.
 */
import { makeAlternation } from './characters.ts';
import { normalizeText } from './normalize-text.ts';
import { isErrorKey, MESSAGE_KEYS } from './words.ts';

/** A key not inside a longer identifier, maybe quoted, then ':' or '='. */
const MESSAGE_FIELD = new RegExp(String.raw`(?<![A-Za-z0-9_$])["']?${makeAlternation(MESSAGE_KEYS)}["']?[ \t]*[:=][ \t]*`, 'gi');
const CALLEE = String.raw`(?<![\w$.])([A-Za-z_$][\w$.]*)`;
const CODE_ARGUMENT = String.raw`[ \t]*-?\d+[ \t]*,`;
/** "onError(6017, invalid params)": a callee, a number as first argument, the rest of the call (group 2). */
const ERROR_CALL = new RegExp(String.raw`${CALLEE}\(${CODE_ARGUMENT}[ \t]*([^)\n]*)\)`, 'g');
const QUALIFIED_PREFIX = String.raw`(?<![\w$.])(?:[A-Za-z_$][\w$]*\.)*`;
/** "java.lang.IllegalStateException: text", "TypeError: text": the text to the line's end (group 1). */
const THROWN = new RegExp(String.raw`${QUALIFIED_PREFIX}[A-Za-z_$]*(?:Exception|Error)[ \t]*:[ \t]*([^\n]+)`, 'g');
/** Trailing null arguments of a call: "…, sdk not init, null, null". */
const TRAILING_NULLS = /(?:[ \t]*,[ \t]*(?:null|nil|undefined))+[ \t]*$/;
/** Where an unquoted value ends: the line, a field separator, the end of an object or a query string. */
const UNQUOTED_END = /[\n|&}\]]/;
/** ", desc=…" after an unquoted value starts the next field. */
const NEXT_FIELD = /[,;][ \t]*["']?[A-Za-z_]\w*["']?[ \t]*[:=]/;
/** Error messages are short; reading at most this much of a value keeps a 20,000-character line of fields linear. */
const MAX_VALUE_LENGTH = 500;
const EMPTY_VALUES = new Set(['', 'null', 'nil', 'none', 'undefined']);

interface TextPart {
  at: number;
  text: string;
}

/**
 * The paste's error texts in paste order, one per line, without repeats. A single-line paste with none
 * of them (an issue title, "群组不存在") is its own error text; a longer one without them gives ''.
 */
export function extractErrorText(text: string): string {
  const norm = normalizeText(text);
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

/**
 * The position of the quote closing the one at `open`, skipping backslash escapes; the line's end when
 * unclosed, or MAX_VALUE_LENGTH on.
 */
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

/**
 * JSON string escapes ("\u7fa4\u7ec4…"); a log's own odd escapes stay as written. Never throws: a paste
 * may hold thousands of fields, and exceptions cost microseconds each.
 */
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
    if (!isErrorKey(call[1]!.toLowerCase())) continue;
    const at = call.index + call[0].length - call[2]!.length - 1;
    const args = text.slice(at, at + call[2]!.length);
    parts.push({ at, text: args.replace(TRAILING_NULLS, '').trim() });
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
