import type { Position } from '../problems.ts';
import type { Code, CodeMeaning, Domain } from '../schema.ts';
import type { Located } from './types.ts';

/** The fields of a structured answer, as a code or one of its meanings writes them. */
type AnswerFields = Pick<Code | CodeMeaning, 'retry' | 'causes' | 'retryPolicy' | 'userMessage' | 'vendorHandling' | 'problem'>;

/** A code's own fields or one of its meanings, with the words problems name it by and a way to point into it. */
export interface LocatedAnswer {
  system: string;
  code: string;
  /** `code 6208`, or `meaning "local-nonet" of code -6`. */
  label: string;
  answer: AnswerFields;
  locate: (...path: (string | number)[]) => Position;
}

/** Every code and every further meaning of every domain, in file order: what the answer rules walk. */
export function getAnswers(domains: readonly Located<Domain>[]): LocatedAnswer[] {
  return domains.flatMap((domain) =>
    domain.value.codes.flatMap((code, index) => {
      const locate = (...path: (string | number)[]) => domain.yaml.locate(['codes', index, ...path]);
      const system = domain.value.system;
      return [
        { system, code: code.code, label: `code ${code.code}`, answer: code, locate },
        ...(code.meanings ?? []).map((meaning, at) => ({
          system,
          code: code.code,
          label: `meaning "${meaning.id}" of code ${code.code}`,
          answer: meaning,
          locate: (...path: (string | number)[]) => locate('meanings', at, ...path),
        })),
      ];
    }),
  );
}
