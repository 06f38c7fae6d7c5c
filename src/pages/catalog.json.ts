import type { APIRoute } from 'astro';
import { makeCatalogExport } from '../exports/catalog-export.ts';
import { siteCatalog } from '../site/site-catalog.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(makeCatalogExport(siteCatalog, { base: import.meta.env.BASE_URL }), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
