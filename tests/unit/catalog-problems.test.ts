/** Each catalog mistake a person can make, and the exact words they are told. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getFixtureProblems } from '../helpers/fixtures.ts';

const at = (name: string, file = 'group.yaml') => `tests/fixtures/catalogs/${name}/example/${file}`;
const SCHEMA_HINT = '  hint: correct the value; src/catalog/schema.ts describes every field';

describe('catalog problems', () => {
  it('accepts a valid catalog', async () => {
    assert.deepEqual(await getFixtureProblems('valid'), []);
  });

  it('reports invalid YAML where the parser stopped', async () => {
    assert.deepEqual(await getFixtureProblems('invalid-yaml'), [
      `${at('invalid-yaml')}:7:21: invalid YAML: Missing closing "quote\n  hint: check indentation and quoting around this place; values containing ": " or starting with special characters need quotes`,
    ]);
  });

  it('names an unknown field and the field it was probably meant to be', async () => {
    assert.deepEqual(await getFixtureProblems('unknown-field'), [
      `${at('unknown-field')}:7:5: unknown field "mesage"\n  hint: did you mean "message"? fields allowed here: code, message, handling, links, status, reason, replacement`,
    ]);
  });

  it('reports a missing message at the entry that lacks it', async () => {
    assert.deepEqual(await getFixtureProblems('missing-message'), [
      `${at('missing-message')}:6:5: missing field "message" in codes[0]\n  hint: add "message: …" here; src/catalog/schema.ts describes every field`,
    ]);
  });

  it('rejects a message of blanks', async () => {
    assert.deepEqual(await getFixtureProblems('empty-message'), [`${at('empty-message')}:7:14: codes[0].message must not be empty\n${SCHEMA_HINT}`]);
  });

  it('rejects codes that are not quoted digits', async () => {
    assert.deepEqual(await getFixtureProblems('non-digit-code'), [
      `${at('non-digit-code')}:6:11: codes[0].code must contain only the digits 0-9, e.g. code: "10010"\n${SCHEMA_HINT}`,
      `${at('non-digit-code')}:8:11: codes[1].code must be a quoted string of digits, e.g. code: "10010"\n${SCHEMA_HINT}`,
    ]);
  });

  it('names both places of a duplicate code', async () => {
    assert.deepEqual(await getFixtureProblems('duplicate-code'), [
      `${at('duplicate-code')}:10:11: duplicate code 10010 in system "example" (first at :6:11)\n  hint: a code has one entry per system: merge the two entries, or correct the number of one of them`,
    ]);
  });

  it('rejects a domain of a system that does not exist', async () => {
    assert.deepEqual(await getFixtureProblems('unknown-system'), [
      `${at('unknown-system')}:2:9: domain "group" belongs to system "exmaple", which does not exist\n  hint: did you mean "example"? use one of the existing systems (example) or add content/catalog/exmaple/system.yaml`,
    ]);
  });

  it('names both files of a duplicate domain id', async () => {
    assert.deepEqual(await getFixtureProblems('duplicate-domain'), [
      `${at('duplicate-domain')}:1:5: duplicate domain id "group" in system "example" (first at ${at('duplicate-domain', 'group-copy.yaml')}:1:5)\n  hint: give each domain of a system its own id, or merge the two files`,
    ]);
  });

  it('names both files of a duplicate system id', async () => {
    assert.deepEqual(await getFixtureProblems('duplicate-system'), [
      `${at('duplicate-system', 'system.yaml')}:1:5: duplicate system id "example" (first at tests/fixtures/catalogs/duplicate-system/example-copy/system.yaml:1:5)\n  hint: give each system its own id; URLs are made from it`,
    ]);
  });

  it('requires a reason for removed codes and an existing replacement', async () => {
    assert.deepEqual(await getFixtureProblems('removed-code'), [
      `${at('removed-code')}:8:13: removed code 10010 has no "reason"\n  hint: add "reason: …" saying why the code is no longer used; readers of old tickets need it`,
      `${at('removed-code')}:13:18: replacement 10099 of removed code 10011 is not another code of system "example"\n  hint: name an existing code of the same system, or delete "replacement"`,
      `${at('removed-code')}:16:13: code 10012 has "reason" but is not removed\n  hint: add "status: removed" to retire the code, or delete "reason"`,
    ]);
  });

  it('rejects links that are not http(s)', async () => {
    assert.deepEqual(await getFixtureProblems('non-http-link'), [
      `${at('non-http-link')}:10:14: codes[0].links[0].url must be an absolute http(s) URL, e.g. "https://cloud.tencent.com/document/product/269/1671"\n${SCHEMA_HINT}`,
    ]);
  });

  it('requires link text to be words of the message', async () => {
    assert.deepEqual(await getFixtureProblems('link-text'), [
      `${at('link-text')}:9:15: link text "说明文档" does not occur in the message or handling of code 10004\n  hint: a link turns words of the message into a link: copy the exact words from the message`,
    ]);
  });

  it('rejects files that are not YAML', async () => {
    assert.deepEqual(await getFixtureProblems('not-yaml'), [
      `${at('not-yaml', 'codes.csv')}: not a YAML file\n  hint: the catalog holds only .yaml files; move this file out of content/catalog/ or convert it`,
    ]);
  });

  it('reports every problem of every file in one run', async () => {
    assert.deepEqual(
      (await getFixtureProblems('several-problems')).map((problem) => problem.split(': ')[0]),
      [`${at('several-problems')}:7:5`, `${at('several-problems')}:8:11`, `${at('several-problems', 'relationship.yaml')}:7:14`],
    );
  });
});
