import type { APIRoute } from 'astro';
import { makeCodeIndex } from '../generator/code-index.ts';
import { getSiteCatalog } from '../site/site-catalog.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(makeCodeIndex(await getSiteCatalog(), { base: import.meta.env.BASE_URL })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
