import type { APIRoute } from 'astro';
import { makeCsvExport } from '../exports/csv-export.ts';
import { siteCatalog } from '../site/site-catalog.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(makeCsvExport(siteCatalog, { base: import.meta.env.BASE_URL, site: site?.href }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
