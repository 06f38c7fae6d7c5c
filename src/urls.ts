/**
 * The one place that makes the site's URLs. They are promises to every ticket that links here:
 * `/<system>/`, `/<system>/<domain>/`, `/<system>/<code>/` and the number-only `/<code>/`, each under
 * the configured base path.
 */

/** Where a page of the site lives, before any base path. */
export type PageTarget =
  | { kind: 'home' }
  | { kind: 'system'; system: string }
  | { kind: 'domain'; system: string; domain: string }
  /** One part of a domain too large for one table: `/<system>/<domain>/part-<n>/`, n from 1. */
  | { kind: 'domain-part'; system: string; domain: string; part: number }
  | { kind: 'code'; system: string; code: string }
  /** A range of codes the system reserves, e.g. `/tencent-im/120001-130000/`. */
  | { kind: 'range'; system: string; from: string; to: string }
  /** `/categories/` and `/categories/<id>/`: codes of every system by kind of problem. */
  | { kind: 'categories' }
  | { kind: 'category'; category: string }
  /** `/differences/`: codes whose sources disagree. */
  | { kind: 'differences' }
  /** `/<code>/`: leads to the code's page, or lists the systems that have the number. */
  | { kind: 'number'; code: string };

const CATEGORIES_SEGMENT = 'categories';
const DIFFERENCES_SEGMENT = 'differences';
/**
 * First path segments that belong to the site, not to a system: a system may not take these ids.
 * `offline` is src/pages/offline.astro, `pagefind` the search index Starlight writes.
 */
export const RESERVED_SEGMENTS: readonly string[] = [CATEGORIES_SEGMENT, DIFFERENCES_SEGMENT, 'offline', 'pagefind'];

const CODE = /^-?\d+$/;
const RANGE = /^(\d+)-(\d+)$/;
const PART = /^part-(\d+)$/;

/** `/` or `/errors/`: always with a leading and a trailing slash. */
export function normalizeBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The page's path segments, e.g. `['tencent-im', '10010']`. */
export function getPageSegments(target: PageTarget): string[] {
  switch (target.kind) {
    case 'home':
      return [];
    case 'system':
      return [target.system];
    case 'domain':
      return [target.system, target.domain];
    case 'domain-part':
      return [target.system, target.domain, `part-${target.part}`];
    case 'code':
      return [target.system, target.code];
    case 'range':
      return [target.system, `${target.from}-${target.to}`];
    case 'categories':
      return [CATEGORIES_SEGMENT];
    case 'category':
      return [CATEGORIES_SEGMENT, target.category];
    case 'differences':
      return [DIFFERENCES_SEGMENT];
    case 'number':
      return [target.code];
  }
}

/**
 * The inverse of getPageSegments for a generated page's id (its path below the base, without
 * slashes, e.g. `tencent-im/10010`), so route code works from catalog ids instead of parsing paths.
 */
export function parsePageId(id: string): PageTarget | undefined {
  const segments = id.split('/').filter((segment) => segment !== '' && segment !== 'index');
  const [first, second, third] = segments;
  if (first === undefined) return { kind: 'home' };
  if (first === DIFFERENCES_SEGMENT) return segments.length === 1 ? { kind: 'differences' } : undefined;
  if (first === CATEGORIES_SEGMENT) {
    if (second === undefined) return { kind: 'categories' };
    return segments.length === 2 ? { kind: 'category', category: second } : undefined;
  }
  if (second === undefined) return CODE.test(first) ? { kind: 'number', code: first } : { kind: 'system', system: first };
  if (third !== undefined) {
    const part = PART.exec(third);
    return part && segments.length === 3 ? { kind: 'domain-part', system: first, domain: second, part: Number(part[1]) } : undefined;
  }
  if (CODE.test(second)) return { kind: 'code', system: first, code: second };
  const range = RANGE.exec(second);
  if (range) return { kind: 'range', system: first, from: range[1]!, to: range[2]! };
  return { kind: 'domain', system: first, domain: second };
}

/** The system a page belongs to, if any. */
export function getPageSystem(target: PageTarget): string | undefined {
  return 'system' in target ? target.system : undefined;
}

/** The site-absolute URL of a page, e.g. `/errors/tencent-im/10010/`; `hash` adds `#…`. */
export function makeUrl(target: PageTarget, options: { base?: string; hash?: string } = {}): string {
  const segments = getPageSegments(target);
  const path = normalizeBase(options.base) + segments.map((segment) => `${encodeURIComponent(segment)}/`).join('');
  return options.hash === undefined ? path : `${path}#${encodeURIComponent(options.hash)}`;
}

/** A file served at the site root, e.g. `catalog.json`, under the base path. */
export function makeAssetUrl(file: string, options: { base?: string } = {}): string {
  return normalizeBase(options.base) + file.replace(/^\/+/, '');
}

/** The address to share: absolute when the site's origin is known. */
export function makeAbsoluteUrl(siteRelativeUrl: string, site?: string): string {
  return site ? new URL(siteRelativeUrl, site).href : siteRelativeUrl;
}
