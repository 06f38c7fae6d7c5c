import type { APIRoute } from 'astro';
import { makeCodeIndex } from '../exports/code-index.ts';
import { siteCatalog } from '../site/site-catalog.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(makeCodeIndex(siteCatalog, { base: import.meta.env.BASE_URL })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
