/**
 * What the catalog is once loaded: systems with their domains and codes, each knowing the file it was
 * written in. Every layer (pages, exports, site, scripts) works from these types; the schema
 * (schema.ts) defines the fields, this adds only what loading knows.
 */
import type { Category, Code, CodeMeaning, CodeRange, Domain, SharedProblem, System } from './schema.ts';

/** A file of `content/catalog/`, path relative to the project root. */
export interface CatalogFile {
  path: string;
  text: string;
}

/** A further meaning with its source resolved: its own, else the code's. */
type CatalogMeaning = CodeMeaning & { source: string };

/** A code with its source resolved: its own, else its domain's, else its system's first. */
export type CatalogCode = Omit<Code, 'meanings'> & { source: string; meanings?: CatalogMeaning[] };

export type CatalogRange = CodeRange & { source: string };

export type CatalogDomain = Omit<Domain, 'codes' | 'ranges'> & {
  /** The file the domain is written in, named in generated pages. */
  file: string;
  /** Sorted by number. */
  codes: CatalogCode[];
  /** Sorted by first number. */
  ranges: CatalogRange[];
};

export type CatalogSystem = System & {
  file: string;
  /** Sorted by `order`, then id. */
  domains: CatalogDomain[];
};

export interface Catalog {
  /** Sorted by `order`, then id; each domain's codes sorted by number. */
  systems: CatalogSystem[];
  /** The shared taxonomy, in the file's order. */
  categories: Category[];
  /** Problems shared across systems (`problems` of the taxonomy), in the file's order. */
  problems: SharedProblem[];
}

export const CATALOG_DIR = 'content/catalog';
export const SYSTEM_FILE_NAME = 'system.yaml';
export const TAXONOMY_FILE_NAME = 'categories.yaml';
