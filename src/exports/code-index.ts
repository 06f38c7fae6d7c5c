/**
 * The small index behind exact lookup, pasted-text lookup and the 404 page (/code-index.json): every
 * code and range as one labelled record with its system, domain, whole message, constant name and the
 * catalog's judgement. Exact lookup must ask the catalog, not Pagefind, whose prefix matching would
 * offer 10099 for 99999.
 *
 * Records carry no URLs: every reader builds them with src/urls.ts from `base` and the ids
 * (getEntryUrl in src/lookup/index-entries.ts), which keeps the file small on every first visit.
 */
import { getMeanings, type Meaning } from '../catalog/meanings.ts';
import type { Catalog, CatalogCode } from '../catalog/model.ts';
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
  /** Every other constant spelling of the code, across its meanings (platform variants, server names). */
  names?: string[];
  /** The exact SDK/REST English strings the catalog records, e.g. 'invalid data'. */
  english?: string[];
  /** Set when the number has several meanings: each with its page anchor and the context it arrives in; `message` is the first's. */
  meanings?: IndexMeaning[];
}

/** One meaning of a code with several (src/catalog/meanings.ts), for choosing it from a paste's context. */
export interface IndexMeaning {
  /** The anchor of its section on the code's page. */
  id: string;
  context?: string;
  message: string;
  /** Its constant spellings: a paste naming one of them has this meaning. */
  names?: string[];
}

/** A context a system's numbers arrive in (system.yaml `contexts`), with the words that show it in a paste. */
export interface IndexContext {
  id: string;
  name: string;
  hints: string[];
}

export interface IndexSystem {
  id: string;
  name: string;
  /** Words naming the system in a paste (system.yaml `hints`). */
  hints: string[];
  domains: { id: string; name: string; otherCodes?: string }[];
  contexts?: IndexContext[];
}

/** A code's record: its headline meaning's message and judgement, every spelling and string, and its meanings when several. */
function makeCodeEntry(system: string, domain: string, code: CatalogCode): IndexEntry {
  const meanings = getMeanings(code);
  const headline = meanings[0]!;
  const names = [...new Set(meanings.flatMap((meaning) => meaning.allNames))].filter((name) => name !== headline.name);
  const english = [...new Set(meanings.flatMap((meaning) => meaning.english.map((string) => string.text)))];
  const toIndexMeaning = (meaning: Meaning): IndexMeaning => ({
    id: meaning.id,
    ...(meaning.context ? { context: meaning.context } : {}),
    message: meaning.message,
    ...(meaning.allNames.length > 0 ? { names: meaning.allNames } : {}),
  });
  return {
    system,
    domain,
    code: code.code,
    ...(headline.name ? { name: headline.name } : {}),
    message: headline.message,
    category: headline.category,
    retry: headline.retry,
    actor: headline.actor,
    ...(names.length > 0 ? { names } : {}),
    ...(english.length > 0 ? { english } : {}),
    ...(meanings.length > 1 ? { meanings: meanings.map(toIndexMeaning) } : {}),
    ...(code.retryPolicy ? { retryPolicy: code.retryPolicy } : {}),
    ...(code.problem ? { problem: code.problem } : {}),
  };
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
      ...(system.contexts.length > 0 ? { contexts: system.contexts.map(({ id, name, hints }) => ({ id, name, hints })) } : {}),
    })),
    categories: catalog.categories.map(({ id, name }) => ({ id, name })),
    entries: [
      ...domains.flatMap(({ system, domain }) => domain.codes.map((code) => makeCodeEntry(system.id, domain.id, code))),
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
