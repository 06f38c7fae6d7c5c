import type { Domain } from '../schema.ts';
import type { Position } from '../problems.ts';
import type { Located } from './types.ts';

/** A code or range entry of a domain file, with a way to point at its fields. */
export interface LocatedEntry {
  system: string;
  domain: Located<Domain>;
  /** `"10010"`, or `"120001-130000"` for a range. */
  label: string;
  entry: Domain['codes'][number] | Domain['ranges'][number];
  locate: (...path: (string | number)[]) => Position;
}

/** Every code and range of every domain, in file order: what most rules walk. */
export function getEntries(domains: readonly Located<Domain>[]): LocatedEntry[] {
  return domains.flatMap((domain) => [
    ...domain.value.codes.map((entry, index) => ({
      system: domain.value.system,
      domain,
      label: entry.code,
      entry,
      locate: (...path: (string | number)[]) => domain.yaml.locate(['codes', index, ...path]),
    })),
    ...domain.value.ranges.map((entry, index) => ({
      system: domain.value.system,
      domain,
      label: entry.range.join('-'),
      entry,
      locate: (...path: (string | number)[]) => domain.yaml.locate(['ranges', index, ...path]),
    })),
  ]);
}
