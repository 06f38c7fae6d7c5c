/**
 * What the catalog is once loaded: systems with their domains and codes, each knowing the file it was
 * written in. Every layer (pages, exports, site, scripts) works from these types; the schema
 * (schema.ts) defines the fields, this adds only what loading knows.
 */
import type { Domain, System } from './schema.ts';

/** A file of `content/catalog/`, path relative to the project root. */
export interface CatalogFile {
  path: string;
  text: string;
}

export type CatalogDomain = Domain & {
  /** The file the domain is written in, named in generated pages. */
  file: string;
};

export type CatalogSystem = System & {
  file: string;
  /** Sorted by `order`, then id. */
  domains: CatalogDomain[];
};

export interface Catalog {
  /** Sorted by `order`, then id; each domain's codes sorted by number. */
  systems: CatalogSystem[];
}

export const CATALOG_DIR = 'content/catalog';
export const SYSTEM_FILE_NAME = 'system.yaml';
