import { makeProblem } from '../problems.ts';
import type { CatalogRule } from './types.ts';

/** Retiring a code must tell readers why and where to go; only retired codes carry that. */
export const removedCode: CatalogRule = {
  name: 'removed-code',
  check: ({ domains }) =>
    domains.flatMap((domain) => {
      const systemCodes = new Set(
        domains
          .filter((other) => other.value.system === domain.value.system)
          .flatMap((other) => other.value.codes.map((code) => code.code)),
      );
      return domain.value.codes.flatMap((code, index) => {
        const at = (field: string) => domain.yaml.locate(['codes', index, field]);
        if (code.status !== 'removed') {
          return (['reason', 'replacement'] as const)
            .filter((field) => code[field] !== undefined)
            .map((field) =>
              makeProblem(
                at(field),
                `code ${code.code} has "${field}" but is not removed`,
                `add "status: removed" to retire the code, or delete "${field}"`,
              ),
            );
        }
        const problems = [];
        if (code.reason === undefined) {
          problems.push(
            makeProblem(
              at('status'),
              `removed code ${code.code} has no "reason"`,
              'add "reason: …" saying why the code is no longer used; readers of old tickets need it',
            ),
          );
        }
        if (code.replacement !== undefined && (code.replacement === code.code || !systemCodes.has(code.replacement))) {
          problems.push(
            makeProblem(
              at('replacement'),
              `replacement ${code.replacement} of removed code ${code.code} is not another code of system "${domain.value.system}"`,
              'name an existing code of the same system, or delete "replacement"',
            ),
          );
        }
        return problems;
      });
    }),
};
