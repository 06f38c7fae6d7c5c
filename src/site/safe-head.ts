/**
 * A page's <head> entries, made safe to write. Starlight's Head component writes each entry's
 * `content` as raw HTML (`<Tag set:html={content} />`), and the <title>'s content is the page title:
 * catalog text on code, domain, system, range and category pages. A domain named
 * `"></title><script>…</script>` would end the title there and run its script. Escaping here, on the
 * route data every page kind goes through (docs pages and StarlightPage pages alike), holds however the
 * page body is produced. Attribute values (og:title, og:description, description) need nothing: Astro
 * escapes `&` and `"` in every attribute it writes, and a double-quoted value cannot end otherwise.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { escapeHtmlText } from '../escape-html.ts';

type Head = StarlightRouteData['head'];

/**
 * `head` with the <title>'s text escaped. Other entries keep their content: a script's, style's,
 * noscript's or template's content is code or markup written in the site's config, never catalog text.
 */
export function makeSafeHead(head: Head): Head {
  return head.map((entry) => (entry.tag === 'title' && entry.content ? { ...entry, content: escapeHtmlText(entry.content) } : entry));
}
