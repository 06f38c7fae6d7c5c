import { makeProblem, type Problem } from '../problems.ts';
import { getEntries } from './each-code.ts';
import type { CatalogRule } from './types.ts';

/** A range runs upwards and no two ranges of a system share a number, so a number finds one range. */
export const codeRange: CatalogRule = {
  name: 'code-range',
  check: ({ domains }) => {
    const problems: Problem[] = [];
    const ranges = getEntries(domains).flatMap((entry) =>
      'range' in entry.entry ? [{ ...entry, from: BigInt(entry.entry.range[0]), to: BigInt(entry.entry.range[1]) }] : [],
    );
    for (const range of ranges) {
      if (range.from >= range.to)
        problems.push(
          makeProblem(
            range.locate('range'),
            `range ${range.label} does not run from a smaller to a larger number`,
            'write the first number, then the last, e.g. range: ["120001", "130000"]',
          ),
        );
    }
    ranges.forEach((range, index) => {
      const overlapping = ranges
        .slice(0, index)
        .find((other) => other.system === range.system && other.from <= range.to && range.from <= other.to);
      if (overlapping)
        problems.push(
          makeProblem(
            range.locate('range'),
            `range ${range.label} overlaps range ${overlapping.label} of system "${range.system}"`,
            'a number belongs to at most one range: shorten or merge the two',
          ),
        );
    });
    return problems;
  },
};
