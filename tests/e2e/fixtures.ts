import { test as base, expect } from '@playwright/test';
import { CodePage } from './pages/code-page.ts';
import { DomainPage } from './pages/domain-page.ts';
import { HomePage } from './pages/home-page.ts';
import { NotFoundPage } from './pages/not-found-page.ts';
import { OfflinePage } from './pages/offline-page.ts';
import { AnyPage } from './pages/site-page.ts';

interface PageObjects {
  anyPage: AnyPage;
  homePage: HomePage;
  codePage: CodePage;
  domainPage: DomainPage;
  notFoundPage: NotFoundPage;
  offlinePage: OfflinePage;
}

export const test = base.extend<{ externalRequests: string[]; pageErrors: string[] } & PageObjects>({
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
        if (response.status() >= 400 && response.request().resourceType() !== 'document') {
          errors.push(`${response.status()} ${response.url()}`);
        }
      });
      await use(errors);
      expect(errors, 'script errors and missing assets').toEqual([]);
    },
    { auto: true },
  ],
  // Each page object is a view of the test's one page; a test takes the ones for the pages it visits.
  anyPage: async ({ page }, use) => use(new AnyPage(page)),
  homePage: async ({ page }, use) => use(new HomePage(page)),
  codePage: async ({ page }, use) => use(new CodePage(page)),
  domainPage: async ({ page }, use) => use(new DomainPage(page)),
  notFoundPage: async ({ page }, use) => use(new NotFoundPage(page)),
  offlinePage: async ({ page }, use) => use(new OfflinePage(page)),
});

export { expect };
