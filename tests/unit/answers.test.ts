/** The structured answer on the page, in the exports and in the measures, from the `answers` fixture. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getGuidanceMeasures } from '../../src/catalog/guidance-measures.ts';
import { makeCatalogExport } from '../../src/exports/catalog-export.ts';
import { makeCodeIndex } from '../../src/exports/code-index.ts';
import { makeCsvExport } from '../../src/exports/csv-export.ts';
import { generateSite } from '../../src/markdown/generate-site.ts';
import { formatDelay, getRetryPolicyText, MAYBE_APPLIED_TEXT } from '../../src/markdown/render-answer.ts';
import { loadFixtureCatalog } from '../helpers/fixtures.ts';
import { getAttribute, getElements, getShownText, hasClass } from '../helpers/html.ts';

const catalog = await loadFixtureCatalog('answers');
const pages = generateSite(catalog);
const getPageElements = (id: string) => getElements(pages.find((page) => page.id === id)!.markdown);
const textsOf = (id: string, className: string) =>
  getPageElements(id)
    .filter((element) => hasClass(element, className))
    .map(getShownText);

/** The element two levels up (a definition's list, past its row). */
const getGrandParent = (element: { parentNode?: unknown }): unknown => (element.parentNode as { parentNode?: unknown } | null)?.parentNode;

describe('the answer on a code page', () => {
  it('lists each cause beside its fix, with the page that fixes it', () => {
    const elements = getPageElements('example/70001');
    const causes = elements.find((element) => hasClass(element, 'code-causes'))!;
    const terms = elements.filter((element) => element.tagName === 'dt' && getGrandParent(element) === causes);
    const details = elements.filter((element) => element.tagName === 'dd' && getGrandParent(element) === causes);
    assert.deepEqual(terms.map(getShownText), ['票据过了有效期', '服务器时钟不准']);
    assert.deepEqual(details.map(getShownText), ['重新签发 文档', '校准时间']);
    const link = elements.find((element) => element.tagName === 'a' && getAttribute(element, 'href') === 'https://example.com/sign');
    assert.ok(link, 'the first cause links the page that fixes it');
  });

  it('says the retry policy in words, the vendor’s handling with its source and date, and the words for the user', () => {
    assert.deepEqual(textsOf('example/70001', 'retry-policy'), ['等服务端重新签发票据后再重试。']);
    assert.deepEqual(textsOf('example/70001', 'vendor-handling'), [
      '重新生成票据，有效期至少一天。出处：example.com/error-codes-now（2026-12 读取）',
    ]);
    assert.deepEqual(textsOf('example/70001', 'user-message'), ['登录已过期，请重新登录。']);
    const backoff = '从 2 秒起退避，每次加倍，最长 1 分钟。';
    assert.deepEqual(textsOf('example/9520', 'retry-policy'), [backoff, MAYBE_APPLIED_TEXT]);
  });

  it('shows nothing of the answer where a code gives none', () => {
    for (const className of ['code-answer', 'retry-policy', 'problem-codes']) assert.deepEqual(textsOf('other/57', className), []);
  });

  it('links codes of other systems naming the same problem, never the code’s own system', () => {
    assert.deepEqual(textsOf('example/70001', 'problem-codes'), ['另一个 IM 56：token 已过期']);
    assert.deepEqual(textsOf('other/56', 'problem-codes'), ['示例 IM 70001：登录票据过期']);
    const headings = getPageElements('other/56')
      .filter((element) => element.tagName === 'h2')
      .map(getShownText);
    assert.ok(headings.includes('其他系统的同类问题：登录凭证过期'));
  });
});

describe('the retry policy in words', () => {
  it('reads delays as a person says them', () => {
    assert.deepEqual([2, 60, 90, 3600, 86400].map(formatDelay), ['2 秒', '1 分钟', '90 秒', '1 小时', '24 小时']);
  });

  it('says nothing where the 重试 fact already says it', () => {
    assert.equal(getRetryPolicyText({ when: 'never' }), undefined);
    const afterConnected = '等连接状态回调变为已连接后再重试。';
    assert.equal(getRetryPolicyText({ when: 'after-state-change', wait: '连接状态回调变为已连接' }), afterConnected);
    const afterNewSig = '等拿到新的 UserSig 后再重试。';
    assert.equal(getRetryPolicyText({ when: 'after-state-change', wait: '拿到新的 UserSig' }), afterNewSig);
  });
});

describe('the answer in the exports', () => {
  it('catalog.json carries causes, policy and user words under the judgement, the vendor’s handling and problem beside it', () => {
    const code = makeCatalogExport(catalog, { base: '/' }).systems[0]!.domains[0]!.codes.find((candidate) => candidate.code === '70001')!;
    assert.deepEqual(code.judgement.retryPolicy, { when: 'after-state-change', wait: '服务端重新签发票据' });
    assert.equal(code.judgement.causes?.length, 2);
    assert.equal(code.judgement.userMessage, '登录已过期，请重新登录。');
    assert.deepEqual(code.vendorHandling, {
      says: '重新生成票据，有效期至少一天。',
      source: { id: 'doc-current', url: 'https://example.com/error-codes-now' },
      read: '2026-12 读取',
    });
    assert.equal(code.problem, 'token-expired');
  });

  it('codes.csv ends each row with the policy, the user words, the causes, the vendor’s handling and the problem', () => {
    const lines = makeCsvExport(catalog, { base: '/' }).split('\r\n');
    const row = lines.find((line) => line.startsWith('9520,'))!.split(',');
    assert.deepEqual(row.slice(16), ['backoff', '', '2', '60', 'true', '', '', '', '']);
    const judgement = /after-state-change,服务端重新签发票据,,,,登录已过期，请重新登录。/;
    const causes = /"票据过了有效期 → 重新签发\n服务器时钟不准 → 校准时间"/;
    const handling = /重新生成票据，有效期至少一天。,token-expired$/;
    assert.match(
      lines.find((line) => line.startsWith('70001,'))!,
      new RegExp([judgement, causes, handling].map((part) => part.source).join(',')),
    );
  });

  it('the code index gives an app the policy and the problem', () => {
    const entry = makeCodeIndex(catalog, { base: '/' }).entries.find((candidate) => candidate.code === '9520')!;
    assert.deepEqual(entry.retryPolicy, { when: 'backoff', initialDelaySeconds: 2, maxDelaySeconds: 60, maybeApplied: true });
    assert.equal(makeCodeIndex(catalog, { base: '/' }).entries.find((candidate) => candidate.code === '57')!.retryPolicy, undefined);
  });
});

describe('the measures of report:guidance', () => {
  it('count codes with each part of the answer', () => {
    const measures = getGuidanceMeasures(catalog);
    assert.deepEqual(
      [
        measures.codes,
        measures.withCauses,
        measures.withRetryPolicy,
        measures.withUserMessage,
        measures.withVendorHandling,
        measures.withProblem,
      ],
      [4, 1, 2, 1, 1, 2],
    );
    assert.equal(measures.endUserWithoutMessage, 1);
    assert.equal(measures.backoffWithoutPolicy, 0);
  });
});
