/**
 * The lookup's word lists (src/lookup/data/*.json), read once into the sets and patterns the modules
 * test against. The JSON is bundled into the browser script: nothing is fetched at lookup time.
 */
import errorWords from './data/error-words.json' with { type: 'json' };
import httpReasons from './data/http-reasons.json' with { type: 'json' };
import labelWords from './data/label-words.json' with { type: 'json' };
import messageKeys from './data/message-keys.json' with { type: 'json' };
import messageWords from './data/message-words.json' with { type: 'json' };
import searchNoiseWords from './data/search-noise-words.json' with { type: 'json' };
import sharedNames from './data/shared-names.json' with { type: 'json' };
import sourceExtensions from './data/source-extensions.json' with { type: 'json' };
import units from './data/units.json' with { type: 'json' };
import { escapeRegExp, makeAlternation } from './characters.ts';

/** Keys that label an error code (errcode, ret, result…), lower-cased without '-', '_' and spaces. */
export const CODE_KEYS: ReadonlySet<string> = new Set(labelWords.codeKeys);
/** Words that make a following "code"/"status"/"no" a two-word key: "err code", "HTTP status". */
export const QUALIFIERS: ReadonlySet<string> = new Set(labelWords.qualifiers);
export const QUALIFIED: ReadonlySet<string> = new Set(labelWords.qualified);
/** Words that join a key to its value in prose: "error code is 6013". */
export const LINKING_WORDS: ReadonlySet<string> = new Set(labelWords.linkingWords);
/** Keys that name something other than a code: line, pid, version, size, timestamp… */
export const OTHER_KEYS: ReadonlySet<string> = new Set(labelWords.otherKeys);
export const CJK_CODE_LABEL = new RegExp(`${makeAlternation(labelWords.cjkCodeLabels)}$`);
export const CJK_OTHER_KEY = new RegExp(`${makeAlternation(labelWords.cjkOtherKeys)}$`);
export const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set(sourceExtensions.extensions);
/** Constant and class names that software outside IM uses too (DOMException, Python, gRPC, catch-all SDK constants). */
export const SHARED_NAMES: ReadonlySet<string> = new Set(sharedNames.names);

/** A key naming an error or failure: errMsg, onFailure, PlatformException, reject. */
export function isErrorKey(lowercaseKey: string): boolean {
  return labelWords.errorKeyParts.some((part) => lowercaseKey.includes(part));
}

const CJK_ERROR = makeAlternation(errorWords.cjk);
/** An error word within a Chinese key, e.g. 拉人进群报错, 登录失败; "报" only at the key's end. */
export const CJK_ERROR_WORD = new RegExp(`${CJK_ERROR}|${makeAlternation(errorWords.cjkAtKeyEnd)}$`);
/** "6005请求失败", "70107错误", "10014 error": an error word right after a number (sticky: test at lastIndex). */
export const ERROR_WORD_AFTER = new RegExp(
  `[ \\t]?[\\u4e00-\\u9fff]{0,6}?(${CJK_ERROR})|[ \\t]*(${makeAlternation(errorWords.english)})\\b`,
  'iy',
);
/** "send failed, 6012": an error word ending a few characters before a number. */
export const ERROR_WORD_BEFORE = new RegExp(
  `(${CJK_ERROR}|${makeAlternation([...errorWords.english, ...errorWords.englishBefore])})[^\\d\\n]{0,4}$`,
  'i',
);

const CJK_UNITS = units.cjk.map((unit) => {
  const notBefore = (units.cjkNotBefore as Record<string, string>)[unit];
  return notBefore ? `${escapeRegExp(unit)}(?!${escapeRegExp(notBefore)})` : escapeRegExp(unit);
});
/** A count, size or duration after a number: "1024 bytes", "200ms", "3 次", "2021年" (sticky). */
export const UNIT_AFTER = new RegExp(`[ \\t]?(?:${makeAlternation(units.english)}\\b|${CJK_UNITS.join('|')})`, 'iy');
/** An HTTP reason phrase after a number ("404 Not Found", "401 未授权"), or as the next field's value: 401,"message":"Unauthorized". */
export const HTTP_REASON_AFTER = new RegExp(
  `(?:[ \\t]*|["']?[ \\t]*,[ \\t]*["']?${makeAlternation(httpReasons.messageKeys)}["']?[ \\t]*[:=][ \\t]*["']?)` +
    `(?:${makeAlternation(httpReasons.phrases)}\\b|${makeAlternation(httpReasons.cjk)})`,
  'iy',
);

/** Keys whose value is a human error text (ErrorInfo, errmsg, message…), longest first. */
export const MESSAGE_KEYS: readonly string[] = [...messageKeys.keys].sort((a, b) => b.length - a.length);

/** Spellings folded to one before comparing: 账号 → 帐号, 登陆 → 登录. */
export const CHINESE_VARIANTS: readonly [RegExp, string][] = Object.entries(messageWords.variants).map(([variant, canonical]) => [
  new RegExp(escapeRegExp(variant), 'g'),
  canonical,
]);
export const STOPWORDS: ReadonlySet<string> = new Set(messageWords.stopwords);
/** Chinese characters that say how, not what (了, 的, 我…): no character pair holding one is a feature. */
export const PARTICLES: ReadonlySet<string> = new Set(messageWords.particles);

/** Words no page is indexed under (错误, error, code…), as one pattern to blank them out of a search query. */
export const SEARCH_NOISE = new RegExp(`${makeAlternation(searchNoiseWords.cjk)}|\\b${makeAlternation(searchNoiseWords.english)}\\b`, 'gi');
