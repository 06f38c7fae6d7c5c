/** What a missing page's address asks for, read on the 404 page. */
import { parseCodeQuery } from './code-query.ts';

/** `/<system>/<code>/` or `/<code>/`, below the base path; {} when the last segment is no code. */
export function parseMissingPath(pathname: string, base: string): { systemId?: string; code?: string } {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is still worth reading as it is.
  }
  const relative = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\/+/, '');
  const segments = relative.split('/').filter(Boolean);
  const digits = segments.at(-1) && parseCodeQuery(segments.at(-1)!);
  if (!digits) return {};
  // "/tencent-im/010010/": leading zeros are never part of a code's number; a minus sign is.
  const code = digits.replace(/^(-?)0+(?=\d)/, '$1');
  return segments.length >= 2 ? { systemId: segments.at(-2)!.toLowerCase(), code } : { code };
}
