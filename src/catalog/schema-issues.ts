/** Turns zod's issues into problems a person can act on: the place, the field, and a fix. */
import type { z } from 'zod';
import { getClosest } from './did-you-mean.ts';
import { makeProblem, type Problem } from './problems.ts';
import type { PathSegment, YamlFile } from './yaml-file.ts';

const SCHEMA_FILE = 'src/catalog/schema.ts';

export function getSchemaProblems(yaml: YamlFile, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const pathOf = (issue: z.core.$ZodIssue) => issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  // A misspelt field is also a missing one; the typo is the problem worth reporting.
  const misspelt = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => describePath([...pathOf(issue), getClosest(key, getAllowedKeys(schema, pathOf(issue))) ?? '']))
        : [],
    ),
  );
  return issues.flatMap((issue) => {
    const path = pathOf(issue);
    if (issue.code === 'unrecognized_keys') {
      const allowed = getAllowedKeys(schema, path);
      return issue.keys.map((key) => {
        const suggestion = getClosest(key, allowed);
        return makeProblem(
          yaml.locate([...path, key], { key: true }),
          `unknown field "${key}"`,
          `${suggestion ? `did you mean "${suggestion}"? ` : ''}fields allowed here: ${allowed.join(', ')}`,
        );
      });
    }
    const field = describePath(path);
    if (!yaml.has(path)) {
      if (misspelt.has(describePath(path))) return [];
      return [
        makeProblem(
          yaml.locate(path),
          `missing field "${String(path.at(-1))}"${path.length > 1 ? ` in ${describePath(path.slice(0, -1))}` : ''}`,
          `add "${String(path.at(-1))}: …" here; ${SCHEMA_FILE} describes every field`,
        ),
      ];
    }
    return [makeProblem(yaml.locate(path), `${field} ${issue.message}`, `correct the value; ${SCHEMA_FILE} describes every field`)];
  });
}

/** `codes[3].message`, the way a person would point at the value. */
export function describePath(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the file';
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function getAllowedKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: unknown = schema;
  for (const segment of [...path, null]) {
    current = unwrap(current);
    const def = (current as { def?: { type?: string; shape?: object; element?: unknown } }).def;
    if (segment === null) return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    if (def?.type === 'object' && def.shape) current = (def.shape as Record<string, unknown>)[segment];
    else if (def?.type === 'array') current = def.element;
    else return [];
  }
  return [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown } };
  while (current?.def && ['optional', 'default', 'prefault', 'nullable'].includes(current.def.type ?? '')) {
    current = current.def.innerType as typeof current;
  }
  return current;
}
