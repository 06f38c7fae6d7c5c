/** Deployment settings, read from the environment so one repository deploys anywhere. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { CATALOG_DIR } from './catalog/model.ts';
import { ConfigError, formatSettingProblem } from './config-error.ts';
import { normalizeBase } from './urls.ts';

/** The language of every page: Starlight's locale, the number-only pages and the search index (Chinese word segmentation). */
export const SITE_LANGUAGE = 'zh-CN';

/** A valid value of each variable, shown after what is wrong with the one given. */
const EXAMPLES = {
  SITE_URL: 'https://errors.example.com',
  BASE_PATH: '/errors/',
  REPORT_URL: 'https://github.com/example/im-error-codes/issues/new',
  CATALOG_DIR: `${CATALOG_DIR} or /srv/catalog`,
  OUT_DIR: 'dist or /var/www/errors',
} as const;

/** Folders of the project a build must never replace (it swaps OUT_DIR out wholesale). */
const PROJECT_FOLDERS = ['.git', 'content', 'docs', 'node_modules', 'public', 'scripts', 'src', 'tests'];

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const absoluteUrl = z.preprocess(
  blankAsUnset,
  z
    .string()
    .trim()
    .refine((value) => /^https?:\/\/[^/\s]+/.test(value), { error: 'must be an absolute http(s) URL' })
    .optional(),
);
const folder = (fallback: string) => z.preprocess(blankAsUnset, z.string().trim().default(fallback));

/** Whether building into `dir` would replace the project, a folder holding it or one of its own folders. */
function isProjectFolder(dir: string): boolean {
  const project = process.cwd();
  const out = resolve(dir);
  const isInside = (path: string, parent: string) => {
    const fromParent = relative(parent, path);
    return fromParent !== '..' && !fromParent.startsWith(`..${sep}`) && !isAbsolute(fromParent);
  };
  if (isInside(project, out)) return true;
  return isInside(out, project) && PROJECT_FOLDERS.includes(relative(project, out).split(sep)[0]!);
}

/** The environment variables a build reads, every one optional, and the settings they make. */
const envSchema = z
  .object({
    /** The public origin, e.g. `https://errors.example.com`; makes canonical and og:url absolute. */
    SITE_URL: absoluteUrl,
    /** The path the site is served under, e.g. `/errors/`. */
    BASE_PATH: z
      .string()
      .optional()
      .refine((value) => value === undefined || /^[\w\-./~%]*$/.test(value.trim()), {
        error: 'must be a path without scheme, host, query or spaces',
      })
      .transform((value) => normalizeBase(value?.trim())),
    /**
     * Where readers report a code the catalog lacks, e.g. a repository's new-issue URL; the report
     * link is hidden when unset.
     */
    REPORT_URL: absoluteUrl,
    /** The catalog to build from, relative to the project or absolute; tests point it at a fixture catalog. */
    CATALOG_DIR: folder(CATALOG_DIR),
    /** Where the built site goes, relative to the project or absolute. */
    OUT_DIR: folder('dist').refine((dir) => !isProjectFolder(dir), {
      error: 'would replace the project or one of its folders (the build swaps the whole folder); name a folder of its own',
    }),
  })
  .transform((env) => ({
    site: env.SITE_URL,
    base: env.BASE_PATH,
    reportUrl: env.REPORT_URL,
    catalogDir: env.CATALOG_DIR,
    outDir: env.OUT_DIR,
  }));

type SiteConfig = z.output<typeof envSchema>;

/** The settings, or a ConfigError with one line per wrong variable: its value, what is wrong and an example. */
export function getSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = String(issue.path[0]) as keyof typeof EXAMPLES;
      return formatSettingProblem(variable, env[variable], issue.message, EXAMPLES[variable]);
    }),
  );
}
