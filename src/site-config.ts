/** Deployment settings, read from the environment so one repository deploys anywhere. */
import { z } from 'zod';
import { CATALOG_DIR } from './catalog/model.ts';
import { normalizeBase } from './urls.ts';

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const absoluteUrl = (example: string) =>
  z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .refine((value) => /^https?:\/\/[^/\s]+/.test(value), { error: `must be an absolute http(s) URL such as ${example}` })
      .optional(),
  );

/** The environment variables a build reads; every one is optional. */
const envSchema = z.object({
  /** The public origin, e.g. `https://errors.example.com`; makes canonical and og:url absolute. */
  SITE_URL: absoluteUrl('https://errors.example.com'),
  /** The path the site is served under, e.g. `/errors/`. */
  BASE_PATH: z
    .string()
    .optional()
    .transform((value) => normalizeBase(value)),
  /**
   * Where readers report a code the catalog lacks, e.g. a repository's new-issue URL; the report
   * link is hidden when unset.
   */
  REPORT_URL: absoluteUrl('https://github.com/example/im-error-codes/issues/new'),
  /** The catalog to build from; tests point it at a fixture catalog. */
  CATALOG_DIR: z.preprocess(blankAsUnset, z.string().default(CATALOG_DIR)),
  /** Where the built site goes. */
  OUT_DIR: z.preprocess(blankAsUnset, z.string().default('dist')),
});

export interface SiteConfig {
  site?: string;
  base: string;
  reportUrl?: string;
  catalogDir: string;
  outDir: string;
}

/** The settings, or an error naming every variable that is wrong and how to write it. */
export function getSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}=${JSON.stringify(env[String(issue.path[0])])}: ${issue.message}`,
    );
    throw new Error(`Invalid environment for the build:\n${lines.join('\n')}`);
  }
  const { SITE_URL, BASE_PATH, REPORT_URL, CATALOG_DIR: catalogDir, OUT_DIR } = result.data;
  return { site: SITE_URL, base: BASE_PATH, reportUrl: REPORT_URL, catalogDir, outDir: OUT_DIR };
}
