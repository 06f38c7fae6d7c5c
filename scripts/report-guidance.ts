/**
 * `npm run report:guidance`: first the measures (how many codes give causes, a retry policy, words for the
 * end user, the vendor's handling, a shared problem; repeated advice; each lint rule's count), then the
 * catalog's judgements, one table per category, so a reviewer sees each code's meaning beside its retry
 * and actor and outliers stand out. Codes with a recorded doubt are marked with "?".
 */
import { buildCatalog } from '../src/catalog/build-catalog.ts';
import { countByRule, getGuidanceMeasures } from '../src/catalog/guidance-measures.ts';
import { readCatalogFiles } from '../src/catalog/load-catalog.ts';
import { CatalogError } from '../src/catalog/problems.ts';
import { getCodeEntries, getRangeEntries, getRangeLabel, getShortMeaning } from '../src/catalog/queries.ts';
import { ACTORS, RETRY_ADVICE } from '../src/catalog/schema.ts';
import { runMain } from '../src/node/run-command.ts';
import { getSiteConfig } from '../src/site-config.ts';

export async function main(): Promise<void> {
  const { catalog, problems } = buildCatalog(await readCatalogFiles('.', getSiteConfig(process.env).catalogDir));
  console.log('## Measures\n');
  console.log(
    `lint problems by rule (goal 0): ${countByRule(problems)
      .map(([rule, count]) => `${rule} ${count}`)
      .join(', ')}`,
  );
  if (!catalog) throw new CatalogError(problems);
  const measures = getGuidanceMeasures(catalog);
  const share = (count: number) => `${count} of ${measures.codes} codes`;
  console.log(`causes → fixes: ${share(measures.withCauses)}`);
  console.log(`retry policy: ${share(measures.withRetryPolicy)} (backoff without a policy: ${measures.backoffWithoutPolicy})`);
  console.log(
    `words for the end user: ${share(measures.withUserMessage)} (actor end-user without them: ${measures.endUserWithoutMessage})`,
  );
  console.log(`vendor's current handling shown: ${share(measures.withVendorHandling)}`);
  console.log(`shared problem (links across systems): ${share(measures.withProblem)}`);
  console.log(`advice texts repeated verbatim on 3 or more codes (goal 0): ${measures.repeatedAdvice.length}`);
  for (const [text, count] of measures.repeatedAdvice) console.log(`  ${count}× ${text}`);
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
        `| ${system} | ${label} | ${getShortMeaning(item.message)} | ${RETRY_ADVICE[item.retry]} | ${ACTORS[item.actor]} | ` +
          `${item.doubt ? '?' : ''} |`,
      );
    }
  }
}

if (import.meta.main) await runMain(main);
