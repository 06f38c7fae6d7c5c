/** The public `catalog.json`: the whole catalog for scripts and bots, with each page's URL. */
import { getMeanings } from '../catalog/meanings.ts';
import type { Catalog, CatalogCode, CatalogSystem } from '../catalog/model.ts';
import type { Cause, EnglishString, PlatformName, RetryPolicy, VendorHandling } from '../catalog/schema.ts';
import { getCitationUrl, getSource, getTextBy } from '../catalog/queries.ts';
import { makeUrl } from '../urls.ts';

/** Where an entry's text comes from, and whose words it is (`vendor` verbatim, or the catalog's own). */
function getProvenance(system: CatalogSystem, entry: { source: string; line?: number }) {
  const source = getSource(system, entry.source);
  return {
    source: { id: source.id, url: getCitationUrl(source, entry.line), ...(entry.line ? { line: entry.line } : {}) },
    textBy: getTextBy(source),
  };
}

/**
 * The catalog's own judgements, kept under one key so no reader mistakes them for vendor text: with the
 * causes and their fixes, the retry policy an app can act on and the words it may show its end user.
 */
function getJudgement(entry: {
  category: string;
  retry: string;
  actor: string;
  advice?: string;
  doubt?: string;
  causes?: Cause[];
  retryPolicy?: RetryPolicy;
  userMessage?: string;
}) {
  return {
    category: entry.category,
    retry: entry.retry,
    actor: entry.actor,
    advice: entry.advice ?? null,
    ...(entry.doubt ? { doubt: entry.doubt } : {}),
    ...(entry.causes ? { causes: entry.causes } : {}),
    ...(entry.retryPolicy ? { retryPolicy: entry.retryPolicy } : {}),
    ...(entry.userMessage ? { userMessage: entry.userMessage } : {}),
  };
}

/** The vendor's current handling (our paraphrase, with the document and when it was read) and the shared problem. */
function getAnswerFacts(system: CatalogSystem, entry: { vendorHandling?: VendorHandling; problem?: string }) {
  const source = entry.vendorHandling && getSource(system, entry.vendorHandling.source);
  return {
    ...(entry.vendorHandling && source
      ? { vendorHandling: { says: entry.vendorHandling.says, source: { id: source.id, url: source.url }, read: source.read } }
      : {}),
    ...(entry.problem ? { problem: entry.problem } : {}),
  };
}

/** What tells a meaning apart and finds it in a paste: context, spellings per platform, the SDK's English strings. */
function getMeaningKeys(meaning: { context?: string; names?: PlatformName[]; english?: EnglishString[] }) {
  return {
    ...(meaning.context ? { context: meaning.context } : {}),
    ...(meaning.names && meaning.names.length > 0 ? { names: meaning.names } : {}),
    ...(meaning.english && meaning.english.length > 0 ? { english: meaning.english } : {}),
  };
}

/**
 * Every meaning of a code of several, the headline first (the code's own fields stay the code's first
 * meaning above): each with its anchor URL, so a script can link the meaning a reader has.
 */
function getMeaningsExport(system: CatalogSystem, code: CatalogCode, base: string) {
  return getMeanings(code).map((meaning) => ({
    id: meaning.id,
    ...(meaning.name ? { name: meaning.name } : {}),
    message: meaning.message,
    ...getProvenance(system, meaning),
    judgement: getJudgement(meaning),
    ...getAnswerFacts(system, meaning),
    ...getMeaningKeys(meaning),
    own: meaning.isOwn,
    ...(meaning.isCurrent ? { current: true } : {}),
    url: makeUrl({ kind: 'code', system: system.id, code: code.code }, { base, hash: meaning.id }),
  }));
}

/** What `catalog.json` holds. */
export type CatalogExport = ReturnType<typeof makeCatalogExport>;

export function makeCatalogExport(catalog: Catalog, options: { base: string }) {
  const { base } = options;
  return {
    categories: catalog.categories.map((category) => ({
      ...category,
      url: makeUrl({ kind: 'category', category: category.id }, { base }),
    })),
    problems: catalog.problems,
    systems: catalog.systems.map((system) => ({
      id: system.id,
      name: system.name,
      nameEn: system.nameEn,
      url: makeUrl({ kind: 'system', system: system.id }, { base }),
      contexts: system.contexts,
      sources: system.sources.map((source) => ({
        id: source.id,
        title: source.title,
        url: source.url,
        read: source.read,
        textBy: getTextBy(source),
      })),
      domains: system.domains.map((domain) => ({
        id: domain.id,
        name: domain.name,
        url: makeUrl({ kind: 'domain', system: system.id, domain: domain.id }, { base }),
        notes: domain.notes,
        ...(domain.otherCodes ? { otherCodes: domain.otherCodes } : {}),
        codes: domain.codes.map((code) => ({
          code: code.code,
          ...(code.name ? { name: code.name } : {}),
          message: code.message,
          handling: code.handling ?? null,
          ...getProvenance(system, code),
          judgement: getJudgement(code),
          ...getAnswerFacts(system, code),
          ...(code.newer ? { newer: code.newer.map((statement) => ({ says: statement.says, ...getProvenance(system, statement) })) } : {}),
          status: code.status,
          ...(code.status === 'removed' ? { reason: code.reason, replacement: code.replacement ?? null } : {}),
          ...(code.links ? { links: code.links } : {}),
          ...getMeaningKeys(code),
          ...(code.meanings ? { meanings: getMeaningsExport(system, code, base) } : {}),
          url: makeUrl({ kind: 'code', system: system.id, code: code.code }, { base }),
        })),
        ranges: domain.ranges.map((range) => ({
          range: range.range,
          message: range.message,
          ...getProvenance(system, range),
          judgement: getJudgement(range),
          url: makeUrl({ kind: 'range', system: system.id, from: range.range[0], to: range.range[1] }, { base }),
        })),
      })),
    })),
  };
}
