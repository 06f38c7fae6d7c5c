/**
 * The small index behind exact lookup, pasted-text lookup and the 404 page (/code-index.json): every
 * code and range as one labelled record with its system, domain, whole message, constant name and the
 * catalog's judgement. Exact lookup must ask the catalog, not Pagefind, whose prefix matching would
 * offer 10099 for 99999.
 *
 * Records carry no URLs: every reader builds them with src/urls.ts from `base` and the ids
 * (getEntryUrl in src/lookup/index-entries.ts), which keeps the file small on every first visit.
 */
import type { Catalog } from '../catalog/model.ts';
import type { Actor, Retry, RetryPolicy } from '../catalog/schema.ts';
import { normalizeBase } from '../urls.ts';

/** One code, or one reserved range, of the catalog. */
export interface IndexEntry {
  /** System id, e.g. 'tencent-im'. */
  system: string;
  /** Domain id within the system, e.g. 'group'. */
  domain: string;
  /** '10010', '-6'; for a range: its first code. */
  code: string;
  /** Set for a range only: its last code (inclusive), e.g. code '120001', to '130000'. */
  to?: string;
  /** SDK constant, e.g. 'ERR_SDK_NOT_INITIALIZED'; absent when the catalog records none. */
  name?: string;
  /** The whole message, so a pasted error text can be matched against it (titles are its first clause). */
  message: string;
  category: string;
  retry: Retry;
  actor: Actor;
  /** How to retry, where the catalog gives a policy (the code's own meaning); an app may act on it. */
  retryPolicy?: RetryPolicy;
  /** The shared problem the code names, e.g. 'token-expired'. */
  problem?: string;
}

export interface IndexSystem {
  id: string;
  name: string;
  /** Words naming the system in a paste (system.yaml `hints`). */
  hints: string[];
  domains: { id: string; name: string; otherCodes?: string }[];
}

export interface CodeIndex {
  /** The site's base path, e.g. '/' or '/errors/': page URLs are made from it. */
  base: string;
  systems: IndexSystem[];
  categories: { id: string; name: string }[];
  /** Codes sorted by system, domain, number; then the ranges, in the same order. */
  entries: IndexEntry[];
}

export function makeCodeIndex(catalog: Catalog, options: { base: string }): CodeIndex {
  const domains = catalog.systems.flatMap((system) => system.domains.map((domain) => ({ system, domain })));
  return {
    base: normalizeBase(options.base),
    systems: catalog.systems.map((system) => ({
      id: system.id,
      name: system.name,
      hints: system.hints,
      domains: system.domains.map((domain) => ({
        id: domain.id,
        name: domain.name,
        ...(domain.otherCodes ? { otherCodes: domain.otherCodes } : {}),
      })),
    })),
    categories: catalog.categories.map(({ id, name }) => ({ id, name })),
    entries: [
      ...domains.flatMap(({ system, domain }) =>
        domain.codes.map((code): IndexEntry => ({
          system: system.id,
          domain: domain.id,
          code: code.code,
          ...(code.name ? { name: code.name } : {}),
          message: code.message,
          category: code.category,
          retry: code.retry,
          actor: code.actor,
          ...(code.retryPolicy ? { retryPolicy: code.retryPolicy } : {}),
          ...(code.problem ? { problem: code.problem } : {}),
        })),
      ),
      ...domains.flatMap(({ system, domain }) =>
        domain.ranges.map((range): IndexEntry => ({
          system: system.id,
          domain: domain.id,
          code: range.range[0],
          to: range.range[1],
          message: range.message,
          category: range.category,
          retry: range.retry,
          actor: range.actor,
        })),
      ),
    ],
  };
}
