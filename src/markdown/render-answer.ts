/**
 * The structured parts of 怎么办 beyond the judgement: the retry policy in words, causes with their fixes,
 * the vendor's current handling (paraphrased, with source and date) and the words an app may show its user.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { CatalogSystem } from '../catalog/model.ts';
import { getSource } from '../catalog/queries.ts';
import type { Cause, RetryPolicy, VendorHandling } from '../catalog/schema.ts';
import { makeExternalLink, makeText, makeUrlLink } from './html-tree.ts';

/** "2 秒", "5 分钟", "1 小时": a delay as a reader says it. */
export function formatDelay(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600} 小时`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} 分钟`;
  return `${seconds} 秒`;
}

/** The policy in one sentence, or none when the 重试 fact already says it all (never, after-fix, immediate). */
export function getRetryPolicyText(policy: RetryPolicy): string | undefined {
  // "等服务端重新签发 UserSig 后再重试": a space after a Latin word, as Chinese text sets it.
  if (policy.when === 'after-state-change' && policy.wait)
    return `等${policy.wait}${/[A-Za-z0-9]$/.test(policy.wait) ? ' ' : ''}后再重试。`;
  if (policy.when === 'backoff' && policy.initialDelaySeconds !== undefined && policy.maxDelaySeconds !== undefined)
    return `从 ${formatDelay(policy.initialDelaySeconds)}起退避，每次加倍，最长 ${formatDelay(policy.maxDelaySeconds)}。`;
  return undefined;
}

/** The warning for a write that may already have taken effect. */
export const MAYBE_APPLIED_TEXT = '⚠ 可能已经生效：先查结果，或用同一个去重键（如消息随机数）重发。';

/** The retry policy's sentence and warning, if it has either. */
export function renderRetryPolicy(policy: RetryPolicy | undefined): Element[] {
  if (!policy) return [];
  const text = getRetryPolicyText(policy);
  return [
    ...(text ? [h('p', { className: ['retry-policy'], dataPagefindIgnore: true }, text)] : []),
    ...(policy.maybeApplied
      ? [h('p', { className: ['retry-policy', 'maybe-applied'], dataPagefindIgnore: true }, MAYBE_APPLIED_TEXT)]
      : []),
  ];
}

/** 可能的原因: each cause beside its fix, as a definition list, with the page that fixes it where there is one. */
export function renderCauses(causes: readonly Cause[] | undefined): Element[] {
  if (!causes || causes.length === 0) return [];
  return [
    h('p', { className: ['text-by', 'text-by-catalog'] }, '可能的原因 → 怎么处理'),
    h(
      'dl',
      { className: ['code-causes'] },
      causes.map((cause) =>
        h('div', [
          h('dt', [makeText(cause.cause)]),
          h('dd', [makeText(cause.fix), ...(cause.link ? [makeText(' '), makeExternalLink(cause.link, '文档')] : [])]),
        ]),
      ),
    ),
  ];
}

/** The vendor's current handling in our words, with the document and when we read it. */
export function renderVendorHandling(system: CatalogSystem, handling: VendorHandling | undefined): Element[] {
  if (!handling) return [];
  const source = getSource(system, handling.source);
  return [
    h('p', { className: ['text-by', 'text-by-vendor'] }, '厂商当前文档的处理建议（本目录转述）'),
    h('p', { className: ['vendor-handling'] }, [
      makeText(handling.says),
      h('br'),
      h('small', ['出处：', makeUrlLink(source.url), makeText(`（${source.read}）`)]),
    ]),
  ];
}

/** 给用户看的提示: a box whose text selects as a whole on click (catalog.css), ready to copy into an app. */
export function renderUserMessage(text: string | undefined): Element[] {
  if (!text) return [];
  return [h('p', { className: ['text-by'] }, '给用户看的提示'), h('p', { className: ['user-message'] }, makeText(text))];
}
