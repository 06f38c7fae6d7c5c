/** The answer rules on their fixtures: the exact words a person editing the catalog reads. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getFixtureProblems } from '../helpers/fixtures.ts';

const at = (name: string) => `tests/fixtures/catalogs/${name}/example/group.yaml`;

describe('answer rules', () => {
  it('refuses a list of one cause', async () => {
    assert.deepEqual(await getFixtureProblems('single-cause'), [
      `${at('single-cause')}:13:7: code 70001 lists a single cause in "causes" [single-cause]\n  hint: say the one cause and its fix ` +
        `in "advice" and delete "causes"; list causes only when there are two or more plausible ones`,
    ]);
  });

  it('keeps the retry policy in line with retry: agreement, a start and a cap, a named event', async () => {
    const agreement = 'no ↔ never, after-fix ↔ after-fix or after-state-change, backoff ↔ backoff, immediate ↔ immediate';
    assert.deepEqual(await getFixtureProblems('retry-policy'), [
      `${at('retry-policy')}:12:26: code 1 has retry "backoff" but retryPolicy.when "after-state-change" [retry-policy]\n  hint: the ` +
        `two must agree (${agreement}); correct the one that is wrong`,
      `${at('retry-policy')}:19:18: code 2 retries with backoff but its retryPolicy lacks initialDelaySeconds or maxDelaySeconds ` +
        `[retry-policy]\n  hint: give both, in seconds: the first wait and the longest, fitting the cause`,
      `${at('retry-policy')}:26:18: code 3 gives backoff delays for retryPolicy.when "after-state-change" [retry-policy]\n  hint: ` +
        `delays belong to a backoff only: delete them, or make the policy "backoff"`,
      `${at('retry-policy')}:26:18: code 3 waits for a state change but does not say which [retry-policy]\n  hint: add "wait: …", the ` +
        `event the app waits for, e.g. 连接状态回调变为已连接`,
      `${at('retry-policy')}:33:56: code 4 starts its backoff at 86400 s, above its cap of 3600 s [retry-policy]\n  hint: make ` +
        `initialDelaySeconds at most maxDelaySeconds`,
    ]);
  });

  it('names an unknown shared problem and the one probably meant', async () => {
    const taxonomy = 'tests/fixtures/catalogs/unknown-problem/categories.yaml';
    assert.deepEqual(await getFixtureProblems('unknown-problem'), [
      `${at('unknown-problem')}:12:14: code 70001 names problem "token-expird", which is not in ${taxonomy} [unknown-problem]\n  hint: ` +
        `did you mean "token-expired"? problems: token-expired, kicked-off; a new shared problem needs an entry under "problems" in ` +
        `${taxonomy} first`,
    ]);
  });

  it('keeps codes and developer words out of the words for the end user, but not a size', async () => {
    const hint =
      'say what happened and what the user can do, in plain Chinese without codes or developer words ' +
      '(src/catalog/rules/data/user-message-jargon.json lists them)';
    assert.deepEqual(await getFixtureProblems('user-message'), [
      `${at('user-message')}:12:18: code 6208 shows the end user "6208" in "userMessage" [user-message]\n  hint: ${hint}`,
      `${at('user-message')}:19:18: code 6206 shows the end user "UserSig" in "userMessage" [user-message]\n  hint: ${hint}`,
    ]);
  });

  it('requires the vendor handling to cite a source of the system', async () => {
    assert.deepEqual(await getFixtureProblems('vendor-handling-source'), [
      `${at('vendor-handling-source')}:14:15: the vendor handling of code 6015 cites source "doc-current", which system "example" does ` +
        `not list [unknown-source]\n  hint: sources of "example": doc; add the document to its system.yaml first`,
    ]);
  });

  it('accepts a catalog whose answers are complete', async () => {
    assert.deepEqual(await getFixtureProblems('answers'), []);
  });
});
