import { makeProblem, type Problem } from '../problems.ts';
import type { Retry } from '../schema.ts';
import { getAnswers } from './each-answer.ts';
import type { CatalogRule } from './types.ts';

/**
 * Which policies each `retry` summary allows. Waiting for a state change (a reconnect, a callback) is fixing
 * the situation first, not a blind backoff: WildfireChat 84 filed such a wait as backoff.
 */
const ALLOWED: Record<Retry, readonly string[]> = {
  no: ['never'],
  'after-fix': ['after-fix', 'after-state-change'],
  backoff: ['backoff'],
  immediate: ['immediate'],
};

const AGREEMENT = 'no ↔ never, after-fix ↔ after-fix or after-state-change, backoff ↔ backoff, immediate ↔ immediate';

/** `retryPolicy`, where given, says what `retry` says, in full: a backoff has a start and a cap, a state change names its event. */
export const retryPolicy: CatalogRule = {
  name: 'retry-policy',
  check: ({ domains }) =>
    getAnswers(domains).flatMap(({ answer, label, locate }): Problem[] => {
      const policy = answer.retryPolicy;
      // A code without a policy is allowed (report:guidance counts backoff codes without one): simple codes stay short.
      if (!policy) return [];
      const problems: Problem[] = [];
      if (!ALLOWED[answer.retry].includes(policy.when))
        problems.push(
          makeProblem(
            locate('retryPolicy', 'when'),
            `${label} has retry "${answer.retry}" but retryPolicy.when "${policy.when}"`,
            `the two must agree (${AGREEMENT}); correct the one that is wrong`,
          ),
        );
      const { initialDelaySeconds: first, maxDelaySeconds: cap } = policy;
      if (policy.when === 'backoff' && (first === undefined || cap === undefined))
        problems.push(
          makeProblem(
            locate('retryPolicy'),
            `${label} retries with backoff but its retryPolicy lacks initialDelaySeconds or maxDelaySeconds`,
            'give both, in seconds: the first wait and the longest, fitting the cause',
          ),
        );
      if (policy.when !== 'backoff' && (first !== undefined || cap !== undefined))
        problems.push(
          makeProblem(
            locate('retryPolicy'),
            `${label} gives backoff delays for retryPolicy.when "${policy.when}"`,
            'delays belong to a backoff only: delete them, or make the policy "backoff"',
          ),
        );
      if (first !== undefined && cap !== undefined && first > cap)
        problems.push(
          makeProblem(
            locate('retryPolicy', 'initialDelaySeconds'),
            `${label} starts its backoff at ${first} s, above its cap of ${cap} s`,
            'make initialDelaySeconds at most maxDelaySeconds',
          ),
        );
      if (policy.when === 'after-state-change' && policy.wait === undefined)
        problems.push(
          makeProblem(
            locate('retryPolicy'),
            `${label} waits for a state change but does not say which`,
            'add "wait: …", the event the app waits for, e.g. 连接状态回调变为已连接',
          ),
        );
      return problems;
    }),
};
