/**
 * `npm run report:guidance`: the catalog's judgements, one table per category, so a reviewer sees each
 * code's meaning beside its retry and actor and outliers stand out. Codes with a recorded doubt are
 * marked with "?".
 */
import { loadCatalog } from '../src/catalog/load-catalog.ts';
import { getCodeEntries, getRangeEntries, getRangeLabel, getShortMeaning } from '../src/catalog/queries.ts';
import { ACTORS, RETRY_ADVICE } from '../src/catalog/schema.ts';
import { runMain } from '../src/node/run-command.ts';
import { getSiteConfig } from '../src/site-config.ts';

export async function main(): Promise<void> {
  const catalog = await loadCatalog('.', getSiteConfig(process.env).catalogDir);
  const rows = [
    ...getCodeEntries(catalog).map(({ system, code }) => ({ system: system.id, label: code.code, item: code })),
    ...getRangeEntries(catalog).map(({ system, range }) => ({ system: system.id, label: getRangeLabel(range), item: range })),
  ];
  for (const category of catalog.categories) {
    const members = rows.filter((row) => row.item.category === category.id);
    console.log(`\n## ${category.name} (${category.id}) — ${members.length}\n`);
    console.log('| system | code | meaning | retry | actor | |\n| --- | --- | --- | --- | --- | --- |');
    for (const { system, label, item } of members) {
      console.log(
        `| ${system} | ${label} | ${getShortMeaning(item.message)} | ${RETRY_ADVICE[item.retry]} | ${ACTORS[item.actor]} | ${item.doubt ? '?' : ''} |`,
      );
    }
  }
}

if (import.meta.main) await runMain(main);
