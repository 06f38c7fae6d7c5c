/** Pure: the text of the catalog's files → a validated, sorted catalog, or every problem found. */
import { compareCodes } from './compare-codes.ts';
import { compareProblems, makeProblem, type Problem } from './problems.ts';
import { rules, type Located } from './rules/index.ts';
import { SYSTEM_FILE_NAME, type Catalog, type CatalogFile } from './model.ts';
import { domainSchema, systemSchema, type Domain, type System } from './schema.ts';
import { getSchemaProblems } from './schema-issues.ts';
import { parseYamlFile } from './yaml-file.ts';

export function buildCatalog(files: readonly CatalogFile[]): { catalog?: Catalog; problems: Problem[] } {
  const problems: Problem[] = [];
  const systems: Located<System>[] = [];
  const domains: Located<Domain>[] = [];
  for (const { path, text } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!/\.ya?ml$/.test(path)) {
      problems.push(
        makeProblem({ file: path, line: 0, column: 0 }, 'not a YAML file', 'the catalog holds only .yaml files; move this file out of content/catalog/ or convert it'),
      );
      continue;
    }
    const parsed = parseYamlFile(path, text);
    problems.push(...parsed.problems);
    if (!parsed.yaml) continue;
    const isSystem = path.split('/').at(-1) === SYSTEM_FILE_NAME;
    const schema = isSystem ? systemSchema : domainSchema;
    if (parsed.yaml.data === null || typeof parsed.yaml.data !== 'object' || Array.isArray(parsed.yaml.data)) {
      problems.push(
        makeProblem(
          parsed.yaml.locate([]),
          `expected a ${isSystem ? 'system' : 'domain'} description (a YAML mapping of fields)`,
          isSystem ? 'start from an existing system.yaml, e.g. content/catalog/tencent-im/system.yaml' : 'start from an existing domain file, e.g. content/catalog/tencent-im/group.yaml',
        ),
      );
      continue;
    }
    const result = schema.safeParse(parsed.yaml.data);
    if (!result.success) {
      problems.push(...getSchemaProblems(parsed.yaml, schema, result.error.issues));
      continue;
    }
    if (isSystem) systems.push({ value: result.data as System, yaml: parsed.yaml });
    else domains.push({ value: result.data as Domain, yaml: parsed.yaml });
  }
  for (const rule of rules) problems.push(...rule.check({ systems, domains }));
  if (problems.length > 0) return { problems: problems.sort(compareProblems) };
  return { catalog: assembleCatalog(systems, domains), problems: [] };
}

function assembleCatalog(systems: Located<System>[], domains: Located<Domain>[]): Catalog {
  const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) => a.order - b.order || a.id.localeCompare(b.id);
  return {
    systems: systems
      .map(({ value, yaml }) => ({
        ...value,
        file: yaml.file,
        domains: domains
          .filter((domain) => domain.value.system === value.id)
          .map((domain) => ({ ...domain.value, file: domain.yaml.file, codes: [...domain.value.codes].sort(compareCodes) }))
          .sort(byOrder),
      }))
      .sort(byOrder),
  };
}
