import { type Catalog } from '../../src/catalog/model.ts';
import { buildCatalog } from '../../src/catalog/build-catalog.ts';
import { readCatalogFiles } from '../../src/catalog/load-catalog.ts';
import { formatProblem } from '../../src/catalog/problems.ts';

/** Builds `tests/fixtures/catalogs/<name>/` and returns what a person running `npm run check` would read. */
export async function getFixtureProblems(name: string): Promise<string[]> {
  const { problems } = buildCatalog(await readCatalogFiles('.', `tests/fixtures/catalogs/${name}`));
  return problems.map(formatProblem);
}

export async function loadFixtureCatalog(name: string): Promise<Catalog> {
  const { catalog, problems } = buildCatalog(await readCatalogFiles('.', `tests/fixtures/catalogs/${name}`));
  if (!catalog) throw new Error(`fixture ${name} is invalid:\n${problems.map(formatProblem).join('\n')}`);
  return catalog;
}
