import type { Position } from '../problems.ts';
import type { Domain } from '../schema.ts';
import type { Located } from './types.ts';

/** One meaning of a code as written: the code's own fields (`meaning` undefined) or one of its `meanings`. */
interface LocatedMeaning {
  /** The meaning's id; the code's own meaning is anchored by its context. */
  id?: string;
  context?: string;
  /** `meaning "local-nonet" of code -6`, or `code -6` for the code's own fields: how problems name it. */
  label: string;
  /** The code's own fields rather than one of its `meanings`. */
  isOwn: boolean;
  locate: (...path: (string | number)[]) => Position;
}

/** A code with its meanings, for rules that compare the meanings of one number. */
export interface LocatedMeanings {
  system: string;
  code: string;
  /** Whether the code has further `meanings`, i.e. more than one. */
  isSeveral: boolean;
  meanings: LocatedMeaning[];
  locate: (...path: (string | number)[]) => Position;
}

/** Every code of every domain with its meanings, in file order. */
export function getCodeMeanings(domains: readonly Located<Domain>[]): LocatedMeanings[] {
  return domains.flatMap((domain) =>
    domain.value.codes.map((code, index) => {
      const locate = (...path: (string | number)[]) => domain.yaml.locate(['codes', index, ...path]);
      return {
        system: domain.value.system,
        code: code.code,
        isSeveral: (code.meanings ?? []).length > 0,
        locate,
        meanings: [
          { id: code.context, context: code.context, label: `code ${code.code}`, isOwn: true, locate },
          ...(code.meanings ?? []).map((meaning, at) => ({
            id: meaning.id,
            context: meaning.context,
            label: `meaning "${meaning.id}" of code ${code.code}`,
            isOwn: false,
            locate: (...path: (string | number)[]) => locate('meanings', at, ...path),
          })),
        ],
      };
    }),
  );
}
