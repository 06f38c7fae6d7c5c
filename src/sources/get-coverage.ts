/**
 * Pure: how much of each source the catalog holds. For every source of every system, the catalog codes
 * (and ranges) citing it; for a source with a list, the numbers the file defines and what became of them.
 */
import type { Catalog } from '../catalog/model.ts';
import { getCitedLines, parseFileUrl } from './compare-source-list.ts';
import type { SourceList } from './schema.ts';

interface ListCoverage {
  /** Distinct numbers the file defines. */
  defined: number;
  /** Of those, the numbers the catalog cites to this file. */
  cited: number;
  /** Numbers the catalog holds but cites to another source, per group of the list. */
  elsewhere: { source: string; reason: string; count: number }[];
  /** Numbers left out on purpose. */
  omitted: { code: string; reason: string }[];
}

export interface SourceCoverage {
  id: string;
  title: string;
  /** Whether it is a file of a GitHub repository at a commit (a list is possible), not a web document. */
  isFile: boolean;
  /** Catalog codes whose own source this is. */
  codes: number;
  /** Codes of other sources with a `newer` statement citing this one. */
  newer: number;
  ranges: number;
  /** Present when the source has a checked-in list (a repository file). */
  list?: ListCoverage;
}

export interface SystemCoverage {
  id: string;
  name: string;
  sources: SourceCoverage[];
}

export function getCoverage(catalog: Catalog, lists: readonly SourceList[]): SystemCoverage[] {
  return catalog.systems.map((system) => {
    const codes = system.domains.flatMap((domain) => domain.codes);
    const ranges = system.domains.flatMap((domain) => domain.ranges);
    return {
      id: system.id,
      name: system.name,
      sources: system.sources.map((source) => {
        const list = lists.find((candidate) => candidate.system === system.id && candidate.source === source.id);
        return {
          id: source.id,
          title: source.title,
          isFile: parseFileUrl(source.url) !== undefined,
          codes: codes.filter((code) => code.source === source.id).length,
          newer: codes.filter((code) => code.source !== source.id && getCitedLines(code, source.id).length > 0).length,
          ranges: ranges.filter((range) => range.source === source.id).length,
          ...(list ? { list: getListCoverage(list) } : {}),
        };
      }),
    };
  });
}

function getListCoverage(list: SourceList): ListCoverage {
  const defined = new Set(list.entries.map((entry) => entry.code));
  const elsewhere = list.elsewhere.map((group) => ({ source: group.source, reason: group.reason, count: group.codes.length }));
  const notCited = list.omitted.length + elsewhere.reduce((sum, group) => sum + group.count, 0);
  return { defined: defined.size, cited: defined.size - notCited, elsewhere, omitted: list.omitted };
}
