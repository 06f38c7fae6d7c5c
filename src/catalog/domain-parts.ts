/**
 * A domain with thousands of codes is listed in parts of PART_SIZE codes, so no page grows with the
 * catalog. Part numbers are URLs and stay; which codes a part holds may shift as codes are added,
 * so links to a code's row go through the part that holds it now, and the domain page forwards
 * old `#code` anchors.
 */
import type { CatalogCode, CatalogDomain, CatalogSystem } from './model.ts';
import { makeUrl } from '../urls.ts';

const PART_SIZE = 1000;

export interface DomainPart {
  /** 1-based. */
  part: number;
  codes: CatalogCode[];
}

/** The parts of a domain, or none when one table holds it. */
export function getDomainParts(domain: CatalogDomain): DomainPart[] {
  if (domain.codes.length <= PART_SIZE) return [];
  const parts: DomainPart[] = [];
  for (let start = 0; start < domain.codes.length; start += PART_SIZE) {
    parts.push({ part: parts.length + 1, codes: domain.codes.slice(start, start + PART_SIZE) });
  }
  return parts;
}

/** Which part holds each code, for linking rows without searching the parts. */
export function getPartByCode(parts: readonly DomainPart[]): Map<string, number> {
  return new Map(parts.flatMap(({ part, codes }) => codes.map((code) => [code.code, part] as const)));
}

/** Where a code's row is: the domain table, or the part that holds it. */
export function makeCodeRowUrl(
  system: CatalogSystem,
  domain: CatalogDomain,
  code: string,
  partByCode: ReadonlyMap<string, number>,
  base: string,
): string {
  const part = partByCode.get(code);
  return part === undefined
    ? makeUrl({ kind: 'domain', system: system.id, domain: domain.id }, { base, hash: code })
    : makeUrl({ kind: 'domain-part', system: system.id, domain: domain.id, part }, { base, hash: code });
}
