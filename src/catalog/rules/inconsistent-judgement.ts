import { makeProblem } from '../problems.ts';
import { getEntries, type LocatedEntry } from './each-code.ts';
import type { CatalogRule } from './types.ts';

const describe = (entry: LocatedEntry['entry']) => `${entry.category} / retry ${entry.retry}`;

/**
 * Codes that judgement-groups.yaml lists as one event (kicked off by another device, a trial edition's
 * quota used up…) are judged alike, whichever system or domain they are in. Each code is compared with
 * the first of its group; a code with a `doubt` may differ, since the doubt says why.
 */
export const inconsistentJudgement: CatalogRule = {
  name: 'inconsistent-judgement',
  check: ({ domains, judgementGroups }) => {
    if (!judgementGroups) return [];
    const byKey = new Map(
      getEntries(domains)
        .filter(({ entry }) => 'code' in entry)
        .map((located) => [`${located.system} ${located.label}`, located]),
    );
    const { value, yaml } = judgementGroups;
    return value.groups.flatMap((group, groupIndex) => {
      const members = group.codes.map((key, codeIndex) => ({
        key,
        located: byKey.get(key),
        at: yaml.locate(['groups', groupIndex, 'codes', codeIndex]),
      }));
      const missing = members
        .filter(({ located }) => !located)
        .map(({ key, at }) =>
          makeProblem(
            at,
            `group "${group.id}" lists ${key}, which is not a code of the catalog`,
            'write "<system> <code>" of an existing code, e.g. "tencent-im 6208", or remove the line',
          ),
        );
      const [first, ...others] = members;
      if (!first?.located) return missing;
      const reference = first.located;
      const differing = others.flatMap(({ located }) => {
        if (!located || located.entry.doubt !== undefined) return [];
        const field = located.entry.category !== reference.entry.category ? 'category' : 'retry';
        if (located.entry[field] === reference.entry[field]) return [];
        return [
          makeProblem(
            located.locate(field),
            `code ${located.label} of "${located.system}" is judged ${describe(located.entry)}, but ${first.key}, the same event ` +
              `(group "${group.id}"), is judged ${describe(reference.entry)}`,
            `codes of one event in ${yaml.file} share category and retry: align this code with the first of the group, or say in ` +
              `"doubt" why it differs`,
          ),
        ];
      });
      return [...missing, ...differing];
    });
  },
};
