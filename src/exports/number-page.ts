/**
 * The number-only URL of a code only one system has: a static redirect that works on any host and
 * without JavaScript. Written as a plain file (not an Astro page), so thousands of them cost nothing.
 */
import { getPageSegments, makeAbsoluteUrl, makeUrl } from '../urls.ts';
import { getCitationLabel, type CodeEntry } from '../catalog/queries.ts';
import { escapeHtml } from '../markdown/html.ts';

export function renderNumberRedirect(entry: CodeEntry, options: { base: string; site?: string }): { path: string; text: string } {
  const target = makeUrl({ kind: 'code', system: entry.system.id, code: entry.code.code }, { base: options.base });
  const label = escapeHtml(getCitationLabel(entry));
  const url = escapeHtml(target);
  return {
    path: `${getPageSegments({ kind: 'number', code: entry.code.code }).join('/')}/index.html`,
    text:
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${label}</title><meta http-equiv="refresh" content="0; url=${url}"><link rel="canonical" href="${escapeHtml(makeAbsoluteUrl(target, options.site))}">` +
      `<meta name="robots" content="noindex"></head><body><p>正在前往 <a href="${url}">${label}</a>……</p></body></html>\n`,
  };
}
