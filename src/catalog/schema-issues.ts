/** Turns zod's issues into problems a person can act on: the place, the field, and a fix. */
import { z } from 'zod';
import { getClosest } from './did-you-mean.ts';
import { makeProblem, type Problem } from './problems.ts';
import type { PathSegment, YamlFile } from './yaml-file.ts';

const SCHEMA_FILE = 'src/catalog/schema.ts';

/** `schemaFile` is named in the hints: where the person reads what each field means. */
export function getSchemaProblems(
  yaml: YamlFile,
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  schemaFile = SCHEMA_FILE,
): Problem[] {
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
          `add "${String(path.at(-1))}: …" here; ${schemaFile} describes every field`,
        ),
      ];
    }
    return [makeProblem(yaml.locate(path), `${field} ${issue.message}`, `correct the value; ${schemaFile} describes every field`)];
  });
}

/** `codes[3].message`, the way a person would point at the value. */
function describePath(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the file';
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

/** The fields the schema allows at `path`, for "did you mean" and the list in the hint. */
function getAllowedKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    if (current instanceof z.ZodObject && typeof segment === 'string') current = unwrap(current.shape[segment]);
    else if (current instanceof z.ZodArray) current = unwrap(current.element);
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** The schema inside `.optional()`, `.default()`, `.prefault()` and `.nullable()`, which add no fields. */
function unwrap(schema: unknown): unknown {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodPrefault ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap();
  }
  return current;
}
