/**
 * The sites the e2e tests run against. scripts/test.ts builds each one; playwright.config.ts serves
 * each with `astro preview` (which reads the same environment) and runs its project against it.
 */
export interface SiteBuild {
  name: string;
  port: number;
  env: Record<string, string>;
}

const port = Number(process.env.E2E_PORT ?? 4329);

export const SITE_BUILDS: SiteBuild[] = [
  /** The real catalog at the domain root, as `npm start` builds it. */
  { name: 'site', port, env: { OUT_DIR: 'dist' } },
  /** The real catalog under a sub-path with a public origin, as a deployment at /errors/ would be. */
  {
    name: 'base-path',
    port: port + 1,
    env: {
      OUT_DIR: 'dist-base-path',
      BASE_PATH: '/errors/',
      SITE_URL: 'https://errors.example.com',
      REPORT_URL: 'https://github.com/example/im-error-codes/issues/new',
    },
  },
  /** A small catalog with hostile text, a number two systems share and a retired code. */
  { name: 'fixture', port: port + 2, env: { OUT_DIR: 'dist-fixture', CATALOG_DIR: 'tests/fixtures/catalogs/site' } },
];

export function getBaseUrl(build: SiteBuild): string {
  return `http://127.0.0.1:${build.port}${build.env.BASE_PATH ?? '/'}`;
}
