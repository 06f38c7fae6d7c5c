/** Starlight route middleware: per-page changes to the route data Starlight renders. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCitationLabel } from '../generator/code-facts.ts';
import { makeUrl } from '../urls.ts';
import { getCodeEntryByPageId } from './site-catalog.ts';
import { focusSidebar } from './sidebar.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // Generated pages live at <system>/…; the first segment of the slug names the system.
  const system = route.id.split('/')[0];
  if (system) route.sidebar = focusSidebar(route.sidebar, makeUrl({ kind: 'system', system }, { base: import.meta.env.BASE_URL }));
  const code = getCodeEntryByPageId(route.id);
  if (code) {
    // A pasted link's preview should name the system too ("腾讯云 IM 10010：群组不存在"), not only the
    // page title ("10010 群组不存在").
    const label = getCitationLabel(code);
    route.head = route.head.map((tag) => (tag.tag === 'meta' && tag.attrs?.property === 'og:title' ? { ...tag, attrs: { ...tag.attrs, content: label } } : tag));
  }
});
