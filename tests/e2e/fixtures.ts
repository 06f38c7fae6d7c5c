import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ externalRequests: string[]; pageErrors: string[] }>({
  /** Every test runs as on a closed network: anything that leaves this host is aborted and recorded. */
  externalRequests: [
    async ({ context }, use) => {
      const external: string[] = [];
      await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]).*/, (route) => {
        external.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      await use(external);
      expect(external, 'requests that tried to leave the site').toEqual([]);
    },
    { auto: true },
  ],
  /** A script error or a missing asset on any page fails the test that saw it. */
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400 && response.request().resourceType() !== 'document') errors.push(`${response.status()} ${response.url()}`);
      });
      await use(errors);
      expect(errors, 'script errors and missing assets').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
