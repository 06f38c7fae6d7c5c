/** `npm run check`: validates content/catalog/ and prints every problem with its place and a fix. */
import { buildCatalog } from '../src/catalog/build-catalog.ts';
import { readCatalogFiles } from '../src/catalog/load-catalog.ts';
import { CatalogError } from '../src/catalog/problems.ts';
import { getCodeEntries } from '../src/catalog/queries.ts';
import { getSiteConfig } from '../src/site-config.ts';

const { catalog, problems } = buildCatalog(await readCatalogFiles('.', getSiteConfig(process.env).catalogDir));
if (!catalog) {
  console.error(new CatalogError(problems).message);
  process.exit(1);
}
const domains = catalog.systems.flatMap((system) => system.domains).length;
console.log(`The catalog is valid: ${catalog.systems.length} systems, ${domains} domains, ${getCodeEntries(catalog).length} codes.`);
