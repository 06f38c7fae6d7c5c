/**
 * The number-only URL of a code only one system has: a static redirect that works on any host and
 * without JavaScript. Written as a plain file (not an Astro page), so thousands of them cost nothing.
 */
import { h } from 'hastscript';
import { getPageSegments, makeAbsoluteUrl, makeUrl } from '../urls.ts';
import { getMeanings, getMeaningsSummary } from '../catalog/meanings.ts';
import { getCitationLabel, type CodeEntry } from '../catalog/queries.ts';
import { makeText } from '../markdown/html-tree.ts';
import { SITE_LANGUAGE } from '../site-config.ts';
import { serializeHtml } from '../markdown/serialize-html.ts';

/** The redirect page of `entry`'s number, and where it goes under the output directory. */
export function renderNumberRedirect(entry: CodeEntry, options: { base: string; site?: string }): { path: string; text: string } {
  const target = makeUrl({ kind: 'code', system: entry.system.id, code: entry.code.code }, { base: options.base });
  const label = getCitationLabel(entry);
  const page = h(null, [
    { type: 'doctype' },
    h('html', { lang: SITE_LANGUAGE }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', [makeText(label)]),
        h('meta', { httpEquiv: 'refresh', content: `0; url=${target}` }),
        h('link', { rel: 'canonical', href: makeAbsoluteUrl(target, options.site) }),
        h('meta', { name: 'robots', content: 'noindex' }),
      ]),
      h('body', [
        h('p', ['正在前往 ', h('a', { href: target }, makeText(label)), '……']),
        // A number of several meanings names them all, for a reader whose browser does not follow the redirect.
        ...(getMeanings(entry.code).length > 1 ? [h('p', [makeText(getMeaningsSummary(entry.system, entry.code))])] : []),
      ]),
    ]),
  ]);
  return {
    path: `${getPageSegments({ kind: 'number', code: entry.code.code }).join('/')}/index.html`,
    text: `${serializeHtml(page)}\n`,
  };
}
