/** A problem found in the catalog, pinned to the place a person has to edit. */
export interface Problem {
  /** Path of the file relative to the project root, e.g. `content/catalog/tencent-im/group.yaml`. */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column; 0 when the problem concerns the whole file. */
  column: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint: string;
  /** The lint rule that found it (`npm run check -- --only <rule>`); none for schema and YAML problems. */
  rule?: string;
}

/** A place in a catalog file. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

export function makeProblem(at: Position, message: string, hint: string): Problem {
  return { file: at.file, line: at.line, column: at.column, message, hint };
}

/** `file:line:column: message` plus an indented hint, the format editors and terminals link. */
export function formatProblem(problem: Problem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  return `${where}: ${problem.message}${problem.rule ? ` [${problem.rule}]` : ''}\n  hint: ${problem.hint}`;
}

/** A short reference to another place: `:4:5` in the same file, the full `file:4:5` elsewhere. */
export function formatOtherPlace(other: Position, from: Position): string {
  const lineColumn = `${other.line}:${other.column}`;
  return other.file === from.file ? `:${lineColumn}` : `${other.file}:${lineColumn}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

/** Thrown by the build's edges so that a broken catalog stops everything before output changes. */
export class CatalogError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The catalog has ${count}:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}
