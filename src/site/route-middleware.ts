/** Starlight route middleware: per-page changes to the route data Starlight renders. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { makeUrl } from '../urls.ts';
import { focusSidebar } from './sidebar.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // Generated pages live at <system>/…; the first segment of the slug names the system.
  const system = route.id.split('/')[0];
  if (system) route.sidebar = focusSidebar(route.sidebar, makeUrl({ kind: 'system', system }, { base: import.meta.env.BASE_URL }));
});
