import { duplicateCode } from './duplicate-code.ts';
import { duplicateDomain } from './duplicate-domain.ts';
import { duplicateSystem } from './duplicate-system.ts';
import { linkText } from './link-text.ts';
import { removedCode } from './removed-code.ts';
import type { CatalogRule } from './types.ts';
import { unknownSystem } from './unknown-system.ts';

export const rules: readonly CatalogRule[] = [duplicateSystem, unknownSystem, duplicateDomain, duplicateCode, linkText, removedCode];
export type { CatalogRule, Located, RuleInput } from './types.ts';
