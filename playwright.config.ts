import { defineConfig } from '@playwright/test';
import { getBaseUrl, SITE_BUILDS } from './tests/e2e/site-builds.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  // Two workers, three preview servers and Chromium share two cores.
  timeout: 60_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    // The offline copy precaches the whole site; only the tests about it let the worker run.
    serviceWorkers: 'block',
    launchOptions: {
      // Playwright cannot download its own browser here; scripts/test.ts finds or installs one.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  projects: SITE_BUILDS.map((build) => ({
    name: build.name,
    // Each project's specs end in `.<project>.spec.ts`; `.all.spec.ts` runs against every build.
    testMatch: [`**/*.${build.name}.spec.ts`, '**/*.all.spec.ts'],
    use: { baseURL: getBaseUrl(build) },
  })),
  // The built sites, never the dev server: only a build has the search index.
  webServer: SITE_BUILDS.map((build) => ({
    // --ignore-lock: Astro otherwise allows one preview server per project.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${build.port}`,
    url: getBaseUrl(build),
    env: build.env,
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
