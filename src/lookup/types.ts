/** The shapes the paste reader works with; the index itself is /code-index.json (src/exports/code-index.ts). */
import type { Span } from './spans.ts';

/** What the reader needs of one index entry (IndexEntry has these fields and more). */
export interface LookupEntry {
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
  /**
   * HOOK (schema change pending): the SDK/REST English strings the catalog records for the code, e.g.
   * 'sdk not init'. Matched like the message when the index carries them; the index builder does not
   * write them yet (src/exports/code-index.ts).
   */
  english?: readonly string[];
  /** HOOK (schema change pending): other constant names of the code; matched by their words like `name`. */
  names?: readonly string[];
}

/** What the reader needs of the index: CodeIndex is one. */
export interface LookupIndex {
  /** Each system's words naming it in a paste (case-insensitive), e.g. tencent-im: TIM, V2TIM, ActionStatus, 腾讯. */
  systems: readonly { id: string; hints: readonly string[] }[];
  entries: readonly LookupEntry[];
}

export interface PasteMatch {
  system: string;
  /** The catalog entry's code (range: its first code). */
  code: string;
  /** The number as found in the paste, e.g. '125000' inside range 120001-130000. */
  value: string;
  /** Higher is more likely. */
  score: number;
  /**
   * Short reasons in plain Chinese, e.g. '写在“ErrorCode”后面', 'JSON 字段 ErrorCode', '常量名', '文中提到 TIM',
   * '报错信息与目录说明一致：签名、过期'; never 'SDK', 'error' or 'failed' alone.
   */
  reasons: string[];
  /** Positions in the ORIGINAL input that matched (for highlighting). */
  spans: Span[];
  /**
   * Set when the paste's own error text says something other than the catalog's message for this code,
   * in plain Chinese for the reader, e.g. '粘贴的报错信息“验证码或密码错误”与目录里 6 的说明不符；与野火
   * 应用服务（app-server）的 6 一致，可能来自那里'. Such a match is never opened directly.
   */
  conflict?: string;
}

/** One place in the paste that may name a code, before it is looked up in the index. */
export interface Mention extends Span {
  value: string;
  score: number;
  reason: string;
  /** Set for a constant name: it names this entry only, not every code with the same number. */
  entry?: LookupEntry;
}
