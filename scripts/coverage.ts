/**
 * `npm run coverage`: per system and source, how many codes the source defines and how many the catalog
 * holds, cites to it, cites to another source, or leaves out on purpose (with the reasons), as Markdown.
 * Sources without a checked-in list (documents) get the count of catalog codes citing them. Any
 * disagreement between a list and the catalog is printed last and sets exit status 1.
 */
import { loadCatalog } from '../src/catalog/load-catalog.ts';
import { runMain } from '../src/node/run-command.ts';
import { getSiteConfig } from '../src/site-config.ts';
import { getSourceListMismatches } from '../src/sources/compare-source-list.ts';
import { getCoverage, type SourceCoverage } from '../src/sources/get-coverage.ts';
import { loadSourceLists } from '../src/sources/load-source-lists.ts';

const HEADER = [
  '| source | defined in the source | in the catalog | cited to the source | cited to another source | omitted on purpose | catalog ' +
    'codes citing it |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];

function getRow(source: SourceCoverage): string {
  const citing = `${source.codes}${source.newer ? ` + ${source.newer} newer` : ''}${source.ranges ? ` + ${source.ranges} ranges` : ''}`;
  const { list } = source;
  if (!list) return `| ${source.id} (${source.isFile ? 'file, no list' : 'document'}) | | | | | | ${citing} |`;
  const elsewhere = list.elsewhere.reduce((sum, group) => sum + group.count, 0);
  const held = list.cited + elsewhere;
  return `| ${source.id} | ${list.defined} | ${held} | ${list.cited} | ${elsewhere} | ${list.omitted.length} | ${citing} |`;
}

/** One line per group of numbers the catalog does not cite to the source, and why. */
function getNotes(source: SourceCoverage): string[] {
  const omitted = Map.groupBy(source.list?.omitted ?? [], (entry) => entry.reason);
  return [
    ...(source.list?.elsewhere ?? []).map((group) => `- ${source.id}: ${group.count} cited to ${group.source} — ${group.reason}`),
    ...[...omitted].map(([reason, codes]) => `- ${source.id}: omitted ${codes.map((entry) => entry.code).join(', ')} — ${reason}`),
  ];
}

export async function main(): Promise<number> {
  const catalog = await loadCatalog('.', getSiteConfig(process.env).catalogDir);
  const lists = await loadSourceLists('.');
  for (const system of getCoverage(
    catalog,
    lists.map(({ list }) => list),
  )) {
    console.log(`\n## ${system.name} (${system.id})\n`);
    console.log([...HEADER, ...system.sources.map(getRow)].join('\n'));
    const notes = system.sources.flatMap((source) => getNotes(source));
    if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
  }
  const mismatches = lists.flatMap((loaded) => getSourceListMismatches(catalog, loaded));
  if (mismatches.length === 0) return 0;
  console.error(`\n${mismatches.length} disagreements between the source lists and the catalog:\n${mismatches.join('\n')}`);
  return 1;
}

if (import.meta.main) await runMain(main);
