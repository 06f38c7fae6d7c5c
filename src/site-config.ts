/** Deployment settings, read from the environment so one repository deploys anywhere. */
import { CATALOG_DIR } from './catalog/build-catalog.ts';
import { normalizeBase } from './urls.ts';

export interface SiteConfig {
  /** The public origin, e.g. `https://errors.example.com`; makes canonical and og:url absolute. */
  site?: string;
  /** The path the site is served under, e.g. `/errors/`. */
  base: string;
  /** The catalog to build from; tests point it at a fixture catalog. */
  catalogDir: string;
  /** Where the built site goes. */
  outDir: string;
}

export function getSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const site = env.SITE_URL?.trim() || undefined;
  if (site !== undefined && !/^https?:\/\/[^/]+/.test(site)) {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://errors.example.com, got "${site}"`);
  }
  return { site, base: normalizeBase(env.BASE_PATH), catalogDir: env.CATALOG_DIR || CATALOG_DIR, outDir: env.OUT_DIR || 'dist' };
}
