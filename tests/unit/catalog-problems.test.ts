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
      `${at('invalid-yaml')}:7:21: invalid YAML: Missing closing "quote\n  hint: check indentation and quoting around this place; ` +
        `values containing ": " or starting with special characters need quotes`,
    ]);
  });

  it('names an unknown field and the field it was probably meant to be', async () => {
    assert.deepEqual(await getFixtureProblems('unknown-field'), [
      `${at('unknown-field')}:7:5: unknown field "mesage"\n  hint: did you mean "message"? fields allowed here: code, name, message, ` +
        `source, line, category, retry, actor, advice, doubt, causes, retryPolicy, userMessage, vendorHandling, problem, context, ` +
        `names, english, meanings, newer, handling, links, status, reason, replacement`,
    ]);
  });

  it('reports a missing message at the entry that lacks it', async () => {
    assert.deepEqual(await getFixtureProblems('missing-message'), [
      `${at('missing-message')}:6:5: missing field "message" in codes[0]\n  hint: add "message: …" here; src/catalog/schema.ts ` +
        `describes every field`,
    ]);
  });

  it('rejects a message of blanks', async () => {
    assert.deepEqual(await getFixtureProblems('empty-message'), [
      `${at('empty-message')}:7:14: codes[0].message must not be empty\n${SCHEMA_HINT}`,
    ]);
  });

  it('rejects codes that are not quoted digits', async () => {
    assert.deepEqual(await getFixtureProblems('non-digit-code'), [
      `${at('non-digit-code')}:6:11: codes[0].code must be a whole number without leading zeros, e.g. "10010" or "-6"\n${SCHEMA_HINT}`,
      `${at('non-digit-code')}:12:11: codes[1].code must be a quoted number, e.g. code: "10010" or code: "-6"\n${SCHEMA_HINT}`,
    ]);
  });

  it('names both places of a duplicate code', async () => {
    assert.deepEqual(await getFixtureProblems('duplicate-code'), [
      `${at('duplicate-code')}:18:11: duplicate code 10010 in system "example" (first at :6:11) [duplicate-code]\n  hint: a code has ` +
        `one entry per system: merge the two entries, or correct the number of one of them`,
    ]);
  });

  it('rejects a domain of a system that does not exist', async () => {
    assert.deepEqual(await getFixtureProblems('unknown-system'), [
      `${at('unknown-system')}:2:9: domain "group" belongs to system "exmaple", which does not exist [unknown-system]\n  hint: did you ` +
        `mean "example"? use one of the existing systems (example) or add content/catalog/exmaple/system.yaml`,
    ]);
  });

  it('names both files of a duplicate domain id', async () => {
    assert.deepEqual(await getFixtureProblems('duplicate-domain'), [
      `${at('duplicate-domain')}:1:5: duplicate domain id "group" in system "example" (first at ` +
        `${at('duplicate-domain', 'group-copy.yaml')}:1:5) [duplicate-domain]\n  hint: give each domain of a system its own id, or ` +
        `merge the two files`,
    ]);
  });

  it('names both files of a duplicate system id', async () => {
    assert.deepEqual(await getFixtureProblems('duplicate-system'), [
      `${at('duplicate-system', 'system.yaml')}:1:5: duplicate system id "example" (first at ` +
        `tests/fixtures/catalogs/duplicate-system/example-copy/system.yaml:1:5) [duplicate-system]\n  hint: give each system its own ` +
        `id; URLs are made from it`,
    ]);
  });

  it("refuses a system id that one of the site's own paths already uses", async () => {
    assert.deepEqual(await getFixtureProblems('reserved-system-id'), [
      `tests/fixtures/catalogs/reserved-system-id/categories/system.yaml:1:5: system id "categories" is a path the site itself uses ` +
        `(/categories/) [reserved-system-id]\n  hint: choose another id; these are taken: categories, differences, offline, pagefind`,
    ]);
  });

  it('requires a reason for removed codes and an existing replacement', async () => {
    assert.deepEqual(await getFixtureProblems('removed-code'), [
      `${at('removed-code')}:8:13: removed code 10010 has no "reason" [removed-code]\n  hint: add "reason: …" saying why the code is ` +
        `no longer used; readers of old tickets need it`,
      `${at('removed-code')}:17:18: replacement 10099 of removed code 10011 is not another code of system "example" [removed-code]\n  ` +
        `hint: name an existing code of the same system, or delete "replacement"`,
      `${at('removed-code')}:24:13: code 10012 has "reason" but is not removed [removed-code]\n  hint: add "status: removed" to retire ` +
        `the code, or delete "reason"`,
    ]);
  });

  it('rejects links that are not http(s)', async () => {
    assert.deepEqual(await getFixtureProblems('non-http-link'), [
      `${at('non-http-link')}:10:14: codes[0].links[0].url must be an absolute http(s) URL, e.g. "https:` +
        `//cloud.tencent.com/document/product/269/1671"\n${SCHEMA_HINT}`,
    ]);
  });

  it('requires link text to be words of the message', async () => {
    assert.deepEqual(await getFixtureProblems('link-text'), [
      `${at('link-text')}:9:15: link text "说明文档" does not occur in the message or handling of code 10004 [link-text]\n` +
        `  hint: a link turns words of the message into a link: copy the exact words from the message`,
    ]);
  });

  it('rejects files that are not YAML', async () => {
    assert.deepEqual(await getFixtureProblems('not-yaml'), [
      `${at('not-yaml', 'codes.csv')}: not a YAML file\n  hint: the catalog holds only .yaml files; move this file out of ` +
        `content/catalog/ or convert it`,
    ]);
  });

  it('reports every problem of every file in one run', async () => {
    assert.deepEqual(
      (await getFixtureProblems('several-problems')).map((problem) => problem.split(': ')[0]),
      [`${at('several-problems')}:7:5`, `${at('several-problems')}:12:11`, `${at('several-problems', 'relationship.yaml')}:7:14`],
    );
  });

  it('rejects a category that is not in the taxonomy, suggesting the closest', async () => {
    assert.deepEqual(await getFixtureProblems('unknown-category'), [
      'tests/fixtures/catalogs/unknown-category/example/group.yaml:8:15: code 10010 has category "not-fund", which is not in ' +
        'tests/fixtures/catalogs/unknown-category/categories.yaml [unknown-category]\n  hint: did you mean "not-found"? categories: ' +
        'not-found, invalid-request, server-internal; a new kind of problem needs an entry in ' +
        'tests/fixtures/catalogs/unknown-category/categories.yaml first',
      'tests/fixtures/catalogs/unknown-category/example/group.yaml:14:15: code 10011 has category "gone", which is not in ' +
        'tests/fixtures/catalogs/unknown-category/categories.yaml [unknown-category]\n  hint: categories: not-found, invalid-request, ' +
        'server-internal; a new kind of problem needs an entry in tests/fixtures/catalogs/unknown-category/categories.yaml first',
    ]);
  });

  it('requires our advice where the source gives no handling', async () => {
    assert.deepEqual(await getFixtureProblems('missing-advice'), [
      'tests/fixtures/catalogs/missing-advice/example/group.yaml:14:15: code 10011 has no "advice" and its source gives no "handling" ' +
        '[missing-advice]\n  hint: add "advice: …": one to three sentences in our own words on what to check, change or log before ' +
        'contacting support',
    ]);
  });

  it('requires every cited source to exist, with a line for a repository file, and source ids to be unique', async () => {
    assert.deepEqual(await getFixtureProblems('unknown-source'), [
      'tests/fixtures/catalogs/unknown-source/example/group.yaml:8:13: code 10010 cites source "heder", which system "example" does ' +
        'not list [unknown-source]\n  hint: did you mean "header"? sources of "example": doc, header; add the document to its ' +
        'system.yaml first',
      'tests/fixtures/catalogs/unknown-source/example/group.yaml:13:5: code -6 cites the repository file "header" without a line ' +
        '[unknown-source]\n  hint: add "line: …", the line that defines the code in the version the source URL points at',
      'tests/fixtures/catalogs/unknown-source/example/group.yaml:22:17: the newer statement on code -6 cites source "blog", which ' +
        'system "example" does not list [unknown-source]\n  hint: sources of "example": doc, header; add the document to its ' +
        'system.yaml first',
      'tests/fixtures/catalogs/unknown-source/example/system.yaml:15:9: duplicate source id "doc" (first at :6:9) [unknown-source]\n  ' +
        'hint: give each source of a system its own id',
    ]);
  });

  it('rejects ranges that overlap or run backwards', async () => {
    assert.deepEqual(await getFixtureProblems('code-range'), [
      'tests/fixtures/catalogs/code-range/example/group.yaml:12:12: range 125000-125100 overlaps range 120001-130000 of system ' +
        '"example" [code-range]\n  hint: a number belongs to at most one range: shorten or merge the two',
      'tests/fixtures/catalogs/code-range/example/group.yaml:18:12: range 200-100 does not run from a smaller to a larger number ' +
        '[code-range]\n  hint: write the first number, then the last, e.g. range: ["120001", "130000"]',
    ]);
  });

  it('lets a constant name only one code of a system', async () => {
    assert.deepEqual(await getFixtureProblems('duplicate-name'), [
      'tests/fixtures/catalogs/duplicate-name/example/group.yaml:14:11: constant name of code 10011 is already the name of code 10010 ' +
        'in system "example" (at :7:11) [duplicate-name]\n  hint: a constant names one code: correct one of the two, or keep the name ' +
        'on the code the SDK defines it for',
    ]);
  });

  it('requires a context on every meaning of a code that has several', async () => {
    assert.deepEqual(await getFixtureProblems('missing-context'), [
      `${at('missing-context')}:6:11: code -6 has several meanings but no "context" for its own [missing-context]\n  hint: add ` +
        `"context: …", the id of one of the system's contexts (system.yaml) saying where the number arrives with this meaning`,
      `${at('missing-context')}:28:13: meaning "local-cancel" of code -7 names no "context", though the code has several meanings ` +
        `[missing-context]\n  hint: add "context: …", the id of one of the system's contexts (system.yaml) saying where the number ` +
        `arrives with this meaning`,
    ]);
  });

  it('refuses two meanings of one code in the same context', async () => {
    assert.deepEqual(await getFixtureProblems('duplicate-context'), [
      `${at('duplicate-context')}:15:18: meaning "local-nonet" of code -6 has context "connection-status", like code -6 (at :7:14) ` +
        `[duplicate-context]\n  hint: meanings of one number differ by where it arrives: give one of them another context, or merge ` +
        `the two meanings`,
    ]);
  });

  it('names a context the system does not list, suggesting the closest', async () => {
    assert.deepEqual(await getFixtureProblems('unknown-context'), [
      `${at('unknown-context')}:15:18: meaning "local-nonet" of code -6 has context "operation-eror", which system "example" does not ` +
        `list [unknown-context]\n  hint: did you mean "operation-error"? contexts of "example": connection-status, operation-error; ` +
        `add the context to the system's "contexts" in its system.yaml first`,
      `${at('unknown-context')}:22:14: code -7 has context "rest-api", which system "example" does not list [unknown-context]\n  hint: ` +
        `contexts of "example": connection-status, operation-error; add the context to the system's "contexts" in its system.yaml first`,
    ]);
  });

  it("refuses a meaning id that another meaning of the code already anchors, including the own meaning's context", async () => {
    assert.deepEqual(await getFixtureProblems('duplicate-meaning-id'), [
      `${at('duplicate-meaning-id')}:14:13: meaning id "connection-status" of code -6 is already the anchor of the own meaning of code ` +
        `-6 (at :7:14) [duplicate-meaning-id]\n  hint: give each meaning of a code its own id (the code's own meaning is anchored by ` +
        `its context's id)`,
    ]);
  });

  it('stops at a file that is not UTF-8, e.g. saved as GBK', async () => {
    assert.deepEqual(await getFixtureProblems('not-utf8'), [
      'tests/fixtures/catalogs/not-utf8/example/group.yaml:3:8: the file is not valid UTF-8 here (or holds the replacement character ' +
        'U+FFFD)\n  hint: save the file as UTF-8; an editor set to GBK or GB2312 writes Chinese as bytes the catalog cannot read',
    ]);
  });

  it('reports YAML aliases and anchors instead of crashing on them', async () => {
    assert.deepEqual(await getFixtureProblems('yaml-alias'), [
      'tests/fixtures/catalogs/yaml-alias/example/group.yaml:11:13: aliases (*advice) are not allowed in the catalog\n  hint: write ' +
        'the value out in full; the catalog uses plain YAML: mappings, lists and text',
    ]);
  });

  it('requires the taxonomy file', async () => {
    assert.deepEqual(await getFixtureProblems('missing-taxonomy'), [
      'tests/fixtures/catalogs/missing-taxonomy/categories.yaml: the catalog has no categories.yaml\n  hint: add the taxonomy of ' +
        'categories at the top of the catalog directory, e.g. a copy of content/catalog/categories.yaml',
    ]);
  });
  it('reads retry beside the advice: fix-then-retry filed as "no", a wait for a state filed as backoff', async () => {
    const file = 'tests/fixtures/catalogs/retry-contradicts-advice/example/message.yaml';
    assert.deepEqual(await getFixtureProblems('retry-contradicts-advice'), [
      `${file}:9:12: code 242 has retry "no", but its advice tells the reader to change something and try again ` +
        `("提示用户修改内容后再发") [retry-contradicts-advice]\n  hint: if the call succeeds once the content, setting or ` +
        `state is changed, write retry: after-fix; if it never does, reword the advice so that it does not promise a second attempt`,
      `${file}:21:12: code 84 has retry "backoff", but its advice waits for an event or a state change ("监听密聊状态变化") ` +
        `[retry-contradicts-advice]\n  hint: waiting longer brings no state change: write retry: after-fix and name the callback or ` +
        `state to wait for, or reword the advice if a delay alone helps`,
    ]);
  });

  it('judges codes of one event alike unless a doubt says why, and names codes a group lists wrongly', async () => {
    const dir = 'tests/fixtures/catalogs/inconsistent-judgement';
    assert.deepEqual(await getFixtureProblems('inconsistent-judgement'), [
      `${dir}/example/connection.yaml:15:12: code 6208 of "example" is judged auth / retry after-fix, but example 7, the same event ` +
        `(group "kicked-off"), is judged auth / retry no [inconsistent-judgement]\n  hint: codes of one event in ` +
        `${dir}/judgement-groups.yaml share category and retry: align this code with the first of the group, or say in "doubt" why ` +
        `it differs`,
      `${dir}/judgement-groups.yaml:8:9: group "kicked-off" lists example 9999, which is not a code of the catalog ` +
        `[inconsistent-judgement]\n  hint: write "<system> <code>" of an existing code, e.g. "tencent-im 6208", or remove the line`,
    ]);
  });

  it('files failures inside the SDK as client-local, not server-internal', async () => {
    assert.deepEqual(await getFixtureProblems('client-local-category'), [
      'tests/fixtures/catalogs/client-local-category/example/sdk-network.yaml:8:15: code 9501 is filed as server-internal, but it is ' +
        'an SDK domain\'s code whose message places the failure in the SDK itself ("SDK 对") [client-local-category]\n  hint: write ' +
        'category: client-local, and say in the advice what the app can check (initialisation, login order, SDK version) and which ' +
        'logs to send',
    ]);
  });

  it('rejects filler advice, even with a doubt, and one advice text on three codes', async () => {
    const file = 'tests/fixtures/catalogs/generic-advice/example/server.yaml';
    const hint =
      '  hint: say what is specific to this code: what to log, which limit, API or setting to check; or that the vendor documents ' +
      'nothing more and what to send to support';
    assert.deepEqual(await getFixtureProblems('generic-advice'), [
      `${file}:11:13: advice of code 1003 only says to retry later or contact the vendor ` +
        `("稍后重试；持续失败时联系厂商。") [generic-advice]\n${hint}`,
      `${file}:18:13: advice of code 6001 is repeated verbatim on 3 codes (also example 6002, example 6003) [generic-advice]\n${hint}`,
      `${file}:24:13: advice of code 6002 is repeated verbatim on 3 codes (also example 6001, example 6003) [generic-advice]\n${hint}`,
      `${file}:30:13: advice of code 6003 is repeated verbatim on 3 codes (also example 6001, example 6002) [generic-advice]\n${hint}`,
    ]);
  });
});
