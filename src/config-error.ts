/**
 * A setting the person running a command got wrong (an environment variable, the catalog folder).
 * The command prints only its message, one line per setting, and exits 1: a stack trace would
 * point at our code when the fix is in their shell (src/node/run-command.ts).
 */
export class ConfigError extends Error {
  constructor(lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'ConfigError';
  }
}

/** `VARIABLE="value": what is wrong, e.g. a valid value`: the one line a wrong setting gets. */
export function formatSettingProblem(variable: string, value: string | undefined, problem: string, example: string): string {
  return `${variable}=${JSON.stringify(value ?? '')}: ${problem}, e.g. ${example}`;
}
