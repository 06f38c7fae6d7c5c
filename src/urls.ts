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
  /** `/<code>/`: leads to the code's page, or lists the systems that have the number. */
  | { kind: 'number'; code: string };

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
    case 'number':
      return [target.code];
  }
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

/** Where the generator writes the page's Markdown, relative to `src/content/docs/`. */
export function getPageFile(target: PageTarget): string {
  const segments = getPageSegments(target);
  return target.kind === 'home' || target.kind === 'system' ? [...segments, 'index.md'].join('/') : `${segments.join('/')}.md`;
}
