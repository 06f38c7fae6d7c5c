/** The catalog is edited by hand; this proves it still holds every row of both source documents. */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { CATCH_ALL_CODE, SOURCE_FILES, TENCENT_DOMAINS, WILDFIRECHAT_DOMAIN } from '../../src/importer/import-sources.ts';
import { parseTencent } from '../../src/importer/parse-tencent.ts';
import { parseWildfirechat } from '../../src/importer/parse-wildfirechat.ts';
import { normalizeText, type SourceRow } from '../../src/importer/source-row.ts';

const catalog = await loadCatalog('.');
const readSource = (file: string) => readFile(`content/sources/${file}`, 'utf8');
const wildfirechat = parseWildfirechat(await readSource(SOURCE_FILES.wildfirechat));
const tencent = parseTencent(await readSource(SOURCE_FILES.tencent));

function getDomain(systemId: string, domainId: string) {
  const domain = catalog.systems.find((system) => system.id === systemId)?.domains.find((candidate) => candidate.id === domainId);
  assert.ok(domain, `catalog has no domain ${systemId}/${domainId}`);
  return domain;
}

function assertRowInCatalog(systemId: string, domainId: string, row: SourceRow) {
  const domain = getDomain(systemId, domainId);
  if (row.code === CATCH_ALL_CODE) {
    assert.equal(domain.otherCodes, row.message, `${systemId}/${domainId}: the "${CATCH_ALL_CODE}" row must be the domain's otherCodes`);
    return;
  }
  const code = domain.codes.find((candidate) => candidate.code === row.code);
  assert.ok(code, `${systemId}/${domainId} lacks code ${row.code} (${row.message})`);
  assert.equal(normalizeText(code.message), row.message, `${systemId} ${row.code}: message differs from the source`);
  assert.equal(code.handling && normalizeText(code.handling), row.handling, `${systemId} ${row.code}: handling differs from the source`);
  for (const link of row.links)
    assert.ok(
      code.links?.some((candidate) => candidate.text === link.text && candidate.url === link.url),
      `${systemId} ${row.code}: link "${link.text}" is missing`,
    );
}

describe('the catalog holds every source row with its code and text', () => {
  it('WildfireChat: 56 rows and the remarks as notes', () => {
    assert.equal(wildfirechat.rows.length, 56);
    for (const row of wildfirechat.rows) assertRowInCatalog('wildfirechat', WILDFIRECHAT_DOMAIN, row);
    assert.deepEqual(getDomain('wildfirechat', WILDFIRECHAT_DOMAIN).notes, wildfirechat.notes);
  });

  it('Tencent Cloud IM: 378 rows in their sections', () => {
    assert.equal(tencent.rows.length, 378);
    for (const row of tencent.rows) assertRowInCatalog('tencent-im', TENCENT_DOMAINS[row.section]!, row);
  });

  it('434 rows in all: the codes credited to a seed document are exactly its rows', () => {
    const seedCodes = catalog.systems.flatMap((system) =>
      system.domains.flatMap((domain) =>
        domain.codes.filter((code) => system.sources.find((source) => source.id === code.source)?.file !== undefined),
      ),
    );
    const catchAlls = catalog.systems.flatMap((system) => system.domains).filter((domain) => domain.otherCodes).length;
    assert.equal(seedCodes.length + catchAlls, 434);
  });
});
