import type { APIRoute } from 'astro';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { makeCatalogExport } from '../generator/catalog-export.ts';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog('.');
  return new Response(JSON.stringify(makeCatalogExport(catalog, { base: import.meta.env.BASE_URL }), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
