import type { APIRoute } from 'astro';
import { makeCsvExport } from '../generator/csv-export.ts';
import { getSiteCatalog } from '../site/site-catalog.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(makeCsvExport(await getSiteCatalog(), { base: import.meta.env.BASE_URL, site: site?.href }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
