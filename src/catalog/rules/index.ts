import { clientLocalCategory } from './client-local-category.ts';
import { codeRange } from './code-range.ts';
import { duplicateCategory } from './duplicate-category.ts';
import { duplicateCode } from './duplicate-code.ts';
import { duplicateContext } from './duplicate-context.ts';
import { duplicateDomain } from './duplicate-domain.ts';
import { duplicateMeaningId } from './duplicate-meaning-id.ts';
import { duplicateName } from './duplicate-name.ts';
import { duplicateSystem } from './duplicate-system.ts';
import { genericAdvice } from './generic-advice.ts';
import { inconsistentJudgement } from './inconsistent-judgement.ts';
import { linkText } from './link-text.ts';
import { missingAdvice } from './missing-advice.ts';
import { missingContext } from './missing-context.ts';
import { removedCode } from './removed-code.ts';
import { reservedSystemId } from './reserved-system-id.ts';
import { retryPolicy } from './retry-policy.ts';
import { singleCause } from './single-cause.ts';
import { retryContradictsAdvice } from './retry-contradicts-advice.ts';
import type { CatalogRule } from './types.ts';
import { unknownCategory } from './unknown-category.ts';
import { unknownContext } from './unknown-context.ts';
import { unknownSource } from './unknown-source.ts';
import { unknownProblem } from './unknown-problem.ts';
import { unknownSystem } from './unknown-system.ts';
import { userMessage } from './user-message.ts';

export const rules: readonly CatalogRule[] = [
  duplicateSystem,
  reservedSystemId,
  unknownSystem,
  duplicateDomain,
  duplicateCode,
  duplicateName,
  codeRange,
  duplicateCategory,
  unknownCategory,
  unknownSource,
  missingAdvice,
  linkText,
  removedCode,
  missingContext,
  unknownContext,
  duplicateContext,
  duplicateMeaningId,
  singleCause,
  retryPolicy,
  unknownProblem,
  userMessage,
  retryContradictsAdvice,
  inconsistentJudgement,
  clientLocalCategory,
  genericAdvice,
];
export type { CatalogRule, Located } from './types.ts';
