/** The catalog the site is built from: the one astro.config.mjs loaded (src/integrations/catalog-module.ts). */
import catalog from 'virtual:im-error-codes/catalog';
import type { Catalog } from '../catalog/model.ts';
import { makeCodeFinder } from '../catalog/queries.ts';

export const siteCatalog: Catalog = catalog;

/** The code entry of a system's code, if the catalog has it. */
export const findSiteCode = makeCodeFinder(siteCatalog);
