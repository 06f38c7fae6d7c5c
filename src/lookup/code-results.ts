/**
 * Full-text results for a code query, ordered by the sign Pagefind cannot see: it indexes "-6" as
 * "6", so for '6' a page of -6 could come first, and for '-6' a page of 6. Pages of exactly the code
 * come first, then pages of the same digits with the other sign, then the rest, each in Pagefind's order.
 */
import { parsePageId } from '../urls.ts';

/** `getUrl` reads a result's page URL; `base` is the site's base path. */
export function sortCodeResults<T>(code: string, results: readonly T[], getUrl: (result: T) => string, base = '/'): T[] {
  const digits = code.replace(/^-/, '');
  const rank = (result: T): number => {
    const target = readTarget(getUrl(result), base);
    if (target === undefined) return 2;
    if (target === code) return 0;
    return target.replace(/^-/, '') === digits ? 1 : 2;
  };
  return results
    .map((result, order) => ({ result, order, rank: rank(result) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ result }) => result);
}

function readTarget(url: string, base: string): string | undefined {
  const path = new URL(url, 'http://site.invalid').pathname;
  const relative = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  const target = parsePageId(relative.replace(/\/$/, ''));
  return target?.kind === 'code' ? target.code : undefined;
}
