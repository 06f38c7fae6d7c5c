/** Pure: the text of the catalog's files → a validated, sorted catalog, or every problem found. */
import { compareCodes } from './compare-codes.ts';
import { JUDGEMENT_GROUPS_FILE_NAME, judgementGroupsSchema, type JudgementGroups } from './judgement-groups.ts';
import { compareProblems, makeProblem, type Problem } from './problems.ts';
import { rules, type Located } from './rules/index.ts';
import { SYSTEM_FILE_NAME, TAXONOMY_FILE_NAME, type Catalog, type CatalogFile } from './model.ts';
import { domainSchema, systemSchema, taxonomySchema, type Domain, type System, type Taxonomy } from './schema.ts';
import { getSchemaProblems } from './schema-issues.ts';
import { parseYamlFile } from './yaml-file.ts';

export function buildCatalog(files: readonly CatalogFile[]): { catalog?: Catalog; problems: Problem[] } {
  const problems: Problem[] = [];
  let taxonomy: Located<Taxonomy> | undefined;
  const systems: Located<System>[] = [];
  const domains: Located<Domain>[] = [];
  let judgementGroups: Located<JudgementGroups> | undefined;
  for (const { path, text } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!/\.ya?ml$/.test(path)) {
      problems.push(
        makeProblem(
          { file: path, line: 0, column: 0 },
          'not a YAML file',
          'the catalog holds only .yaml files; move this file out of content/catalog/ or convert it',
        ),
      );
      continue;
    }
    const notUtf8 = text.indexOf('\uFFFD');
    if (notUtf8 >= 0) {
      const before = text.slice(0, notUtf8).split('\n');
      problems.push(
        makeProblem(
          { file: path, line: before.length, column: before.at(-1)!.length + 1 },
          'the file is not valid UTF-8 here (or holds the replacement character U+FFFD)',
          'save the file as UTF-8; an editor set to GBK or GB2312 writes Chinese as bytes the catalog cannot read',
        ),
      );
      continue;
    }
    const parsed = parseYamlFile(path, text);
    problems.push(...parsed.problems);
    if (!parsed.yaml) continue;
    const kind = getFileKind(path);
    const schema = { system: systemSchema, taxonomy: taxonomySchema, domain: domainSchema, 'judgement-groups': judgementGroupsSchema }[
      kind
    ];
    if (parsed.yaml.data === null || typeof parsed.yaml.data !== 'object' || Array.isArray(parsed.yaml.data)) {
      problems.push(
        makeProblem(
          parsed.yaml.locate([]),
          `expected a ${kind} description (a YAML mapping of fields)`,
          `start from an existing file, e.g. ${EXAMPLE_FILES[kind]}`,
        ),
      );
      continue;
    }
    const result = schema.safeParse(parsed.yaml.data);
    if (!result.success) {
      problems.push(...getSchemaProblems(parsed.yaml, schema, result.error.issues));
      continue;
    }
    if (kind === 'system') systems.push({ value: result.data as System, yaml: parsed.yaml });
    else if (kind === 'domain') domains.push({ value: result.data as Domain, yaml: parsed.yaml });
    else if (kind === 'judgement-groups') judgementGroups ??= { value: result.data as JudgementGroups, yaml: parsed.yaml };
    else if (taxonomy)
      problems.push(
        makeProblem(
          parsed.yaml.locate([]),
          `a second ${TAXONOMY_FILE_NAME}`,
          `the catalog has one taxonomy, at the top of the catalog directory (the first is ${taxonomy.yaml.file})`,
        ),
      );
    else taxonomy = { value: result.data as Taxonomy, yaml: parsed.yaml };
  }
  if (!taxonomy && !problems.some((problem) => problem.file.endsWith(TAXONOMY_FILE_NAME))) {
    // The taxonomy sits beside the system folders: <catalog>/<system>/system.yaml → <catalog>/categories.yaml.
    const catalogDir = systems[0]?.yaml.file.split('/').slice(0, -2).join('/');
    problems.push(
      makeProblem(
        { file: catalogDir ? `${catalogDir}/${TAXONOMY_FILE_NAME}` : TAXONOMY_FILE_NAME, line: 0, column: 0 },
        `the catalog has no ${TAXONOMY_FILE_NAME}`,
        'add the taxonomy of categories at the top of the catalog directory, e.g. a copy of content/catalog/categories.yaml',
      ),
    );
  }
  for (const rule of rules)
    problems.push(...rule.check({ systems, domains, taxonomy, judgementGroups }).map((problem) => ({ ...problem, rule: rule.name })));
  if (problems.length > 0 || !taxonomy) return { problems: problems.sort(compareProblems) };
  return { catalog: assembleCatalog(systems, domains, taxonomy.value), problems: [] };
}

type FileKind = 'system' | 'taxonomy' | 'domain' | 'judgement-groups';

const EXAMPLE_FILES: Record<FileKind, string> = {
  system: 'content/catalog/tencent-im/system.yaml',
  taxonomy: 'content/catalog/categories.yaml',
  domain: 'content/catalog/tencent-im/group.yaml',
  'judgement-groups': `content/catalog/${JUDGEMENT_GROUPS_FILE_NAME}`,
};

function getFileKind(path: string): FileKind {
  const name = path.split('/').at(-1);
  if (name === SYSTEM_FILE_NAME) return 'system';
  if (name === TAXONOMY_FILE_NAME) return 'taxonomy';
  return name === JUDGEMENT_GROUPS_FILE_NAME ? 'judgement-groups' : 'domain';
}

function assembleCatalog(systems: Located<System>[], domains: Located<Domain>[], taxonomy: Taxonomy): Catalog {
  const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) => a.order - b.order || a.id.localeCompare(b.id);
  return {
    systems: systems
      .map(({ value, yaml }) => ({
        ...value,
        file: yaml.file,
        domains: domains
          .filter((domain) => domain.value.system === value.id)
          .map((domain) => {
            const source = domain.value.source ?? value.sources[0]!.id;
            return {
              ...domain.value,
              file: domain.yaml.file,
              codes: domain.value.codes
                .map(({ meanings, ...code }) => {
                  const codeSource = code.source ?? source;
                  // A further meaning without a source of its own is read from the code's.
                  const resolved = meanings?.map((meaning) => ({ ...meaning, source: meaning.source ?? codeSource }));
                  return { ...code, source: codeSource, ...(resolved ? { meanings: resolved } : {}) };
                })
                .sort(compareCodes),
              ranges: domain.value.ranges
                .map((range) => ({ ...range, source: range.source ?? source }))
                .sort((a, b) => compareCodes({ code: a.range[0] }, { code: b.range[0] })),
            };
          })
          .sort(byOrder),
      }))
      .sort(byOrder),
    categories: taxonomy.categories,
    problems: taxonomy.problems,
  };
}
