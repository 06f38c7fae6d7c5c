/** Starlight route middleware: per-page changes to the route data Starlight renders. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCitationLabel } from '../catalog/queries.ts';
import { getPageSystem, parsePageId } from '../urls.ts';
import { makeSafeHead } from './safe-head.ts';
import { findSiteCode } from './site-catalog.ts';
import { focusSidebar } from './sidebar.ts';

export const onRequest = defineRouteMiddleware(async (context, next) => {
  const route = context.locals.starlightRoute;
  const target = parsePageId(route.id);
  if (target) {
    const counts = target.kind !== 'code' && target.kind !== 'range';
    route.sidebar = focusSidebar(route.sidebar, getPageSystem(target), { counts });
  }
  const code = target?.kind === 'code' ? findSiteCode(target.system, target.code) : undefined;
  if (code) {
    // A pasted link's preview should name the system too ("腾讯云 IM 10010：群组不存在"), not only the
    // page title ("10010 群组不存在").
    const label = getCitationLabel(code);
    route.head = route.head.map((tag) =>
      tag.tag === 'meta' && tag.attrs?.property === 'og:title' ? { ...tag, attrs: { ...tag.attrs, content: label } } : tag,
    );
  }
  // Last, after any later middleware, and on every page (404 and number pages included): Starlight
  // writes the title as raw HTML, and page titles are catalog text (safe-head.ts).
  await next();
  route.head = makeSafeHead(route.head);
});
