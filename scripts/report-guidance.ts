/**
 * `npm run report:guidance`: first the measures of the guidance's quality (how often each judgement
 * rule fires, how many advice texts are repeated verbatim), then the catalog's judgements, one table per
 * category, so a reviewer sees each code's meaning beside its retry and actor and outliers stand out.
 * Codes with a recorded doubt are marked with "?".
 */
import { buildCatalog } from '../src/catalog/build-catalog.ts';
import { readCatalogFiles } from '../src/catalog/load-catalog.ts';
import { CatalogError } from '../src/catalog/problems.ts';
import { clientLocalCategory } from '../src/catalog/rules/client-local-category.ts';
import { genericAdvice } from '../src/catalog/rules/generic-advice.ts';
import { inconsistentJudgement } from '../src/catalog/rules/inconsistent-judgement.ts';
import { retryContradictsAdvice } from '../src/catalog/rules/retry-contradicts-advice.ts';
import { getCodeEntries, getRangeEntries, getRangeLabel, getShortMeaning } from '../src/catalog/queries.ts';
import { ACTORS, RETRY_ADVICE } from '../src/catalog/schema.ts';
import { runMain } from '../src/node/run-command.ts';
import { getSiteConfig } from '../src/site-config.ts';

/** The rules that judge the guidance itself; each should find nothing in the real catalog. */
const GUIDANCE_RULES = [retryContradictsAdvice, inconsistentJudgement, clientLocalCategory, genericAdvice].map((rule) => rule.name);

export async function main(): Promise<void> {
  const { catalog, problems } = buildCatalog(await readCatalogFiles('.', getSiteConfig(process.env).catalogDir));
  console.log('## Measures (goal 0 each)\n');
  for (const name of GUIDANCE_RULES) console.log(`- rule ${name}: ${problems.filter((problem) => problem.rule === name).length}`);
  if (!catalog) throw new CatalogError(problems);
  const rows = [
    ...getCodeEntries(catalog).map(({ system, code }) => ({ system: system.id, label: code.code, item: code })),
    ...getRangeEntries(catalog).map(({ system, range }) => ({ system: system.id, label: getRangeLabel(range), item: range })),
  ];
  const timesUsed = Map.groupBy(
    rows.flatMap(({ item }) => (item.advice === undefined ? [] : [item.advice])),
    (advice) => advice,
  );
  console.log(
    `- advice texts repeated verbatim on three or more codes: ${[...timesUsed.values()].filter((uses) => uses.length >= 3).length}`,
  );
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
