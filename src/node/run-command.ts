/**
 * How a command ends when the person running it got something wrong: a wrong environment variable or
 * catalog folder (ConfigError) or a broken catalog (CatalogError) prints its message alone, with no
 * stack trace, and exits 1. Anything else is our bug and keeps its stack.
 */
import { CatalogError } from '../catalog/problems.ts';
import { ConfigError } from '../config-error.ts';

const isUsersMistake = (error: unknown): error is Error => error instanceof ConfigError || error instanceof CatalogError;

/** A script's `if (import.meta.main)` line: runs `main` and sets the exit status it returns (0 when none). */
export async function runMain(main: () => Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    if (!isUsersMistake(error)) throw error;
    console.error(error.message.trimEnd());
    process.exitCode = 1;
  }
}

/**
 * For code that runs inside a tool which would print our error with its stack (astro.config.mjs
 * inside `astro build`): runs `task` and, on the person's mistake, prints it and stops the process.
 */
export function exitOnMistake<T>(task: () => T): T {
  const stop = (error: unknown): never => {
    if (!isUsersMistake(error)) throw error;
    console.error(error.message.trimEnd());
    process.exit(1);
  };
  try {
    const result = task();
    return (result instanceof Promise ? result.catch(stop) : result) as T;
  } catch (error) {
    return stop(error);
  }
}
