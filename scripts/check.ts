/**
 * `npm run check [-- --only <rule>]`: validates content/catalog/ and prints every problem with its
 * place, the rule that found it, and a fix. `--only` keeps one lint rule's problems (schema and YAML
 * problems always show: nothing else can be checked past them).
 */
import { parseArgs } from 'node:util';
import { buildCatalog } from '../src/catalog/build-catalog.ts';
import { getClosest } from '../src/catalog/did-you-mean.ts';
import { readCatalogFiles } from '../src/catalog/load-catalog.ts';
import { CatalogError } from '../src/catalog/problems.ts';
import { getCodeEntries, getRangeEntries } from '../src/catalog/queries.ts';
import { rules } from '../src/catalog/rules/index.ts';
import { runMain } from '../src/node/run-command.ts';
import { getSiteConfig } from '../src/site-config.ts';

export async function main(args = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({ args, options: { only: { type: 'string' } } });
  const names = rules.map((rule) => rule.name);
  if (values.only !== undefined && !names.includes(values.only)) {
    const closest = getClosest(values.only, names);
    console.error(`No lint rule "${values.only}".${closest ? ` Did you mean "${closest}"?` : ''} Rules: ${names.join(', ')}`);
    return 2;
  }
  const { catalog, problems } = buildCatalog(await readCatalogFiles('.', getSiteConfig(process.env).catalogDir));
  const shown =
    values.only === undefined ? problems : problems.filter((problem) => problem.rule === undefined || problem.rule === values.only);
  if (shown.length > 0) {
    console.error(new CatalogError(shown).message);
    return 1;
  }
  if (!catalog) {
    console.log(`No problems found by rule "${values.only}" (other rules found ${problems.length}).`);
    return 0;
  }
  const domains = catalog.systems.flatMap((system) => system.domains).length;
  console.log(
    `The catalog is valid: ${catalog.systems.length} systems, ${domains} domains, ${getCodeEntries(catalog).length} codes, ` +
      `${getRangeEntries(catalog).length} ranges, ${catalog.categories.length} categories.`,
  );
  return 0;
}

if (import.meta.main) await runMain(main);
