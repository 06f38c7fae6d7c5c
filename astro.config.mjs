// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { getCatalog } from './src/catalog/get-catalog.ts';
import { exitOnMistake } from './src/node/run-command.ts';
import { getSiteConfig, SITE_LANGUAGE } from './src/site-config.ts';
import { catalogModule } from './src/integrations/catalog-module.ts';
import { numberRedirects } from './src/integrations/number-redirects.ts';
import { searchIndex, withoutPagefindRun } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { SEARCH_RANKING } from './src/site/search-ranking.ts';
import { makeSidebar } from './src/site/sidebar.ts';

// Astro would print a wrong variable or catalog folder with our stack trace: one line and exit 1 instead.
const { site, base, catalogDir, outDir } = exitOnMistake(() => getSiteConfig(process.env));
// The catalog this process loaded already (scripts/build.ts) or loads now; the content loader reuses it.
const catalog = await exitOnMistake(() => getCatalog('.', catalogDir));

export default defineConfig({
  site,
  base,
  outDir,
  // Scripts as files, fetched once and cached, instead of inlined into every one of thousands of pages.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    // Pagefind indexes the pages while they build (searchIndex below), not the finished site afterwards.
    withoutPagefindRun(
      starlight({
        title: 'IM 错误码目录',
        description: '即时通讯平台错误码速查：含义、处理建议与出处，可离线搜索。',
        defaultLocale: 'root',
        locales: { root: { label: '简体中文', lang: SITE_LANGUAGE } },
        // Code pages stay out of the sidebar: listing them would put every code on every page.
        sidebar: makeSidebar(catalog),
        // Inside a system, only that system's domains: see focusSidebar.
        routeMiddleware: './src/site/route-middleware.ts',
        customCss: ['./src/styles/catalog.css'],
        components: {
          Head: './src/components/Head.astro',
          MarkdownContent: './src/components/MarkdownContent.astro',
          PageTitle: './src/components/PageTitle.astro',
          Pagination: './src/components/Pagination.astro',
          Search: './src/components/Search.astro',
          Sidebar: './src/components/Sidebar.astro',
          ThemeProvider: './src/components/ThemeProvider.astro',
          ThemeSelect: './src/components/ThemeSelect.astro',
        },
        pagination: true,
        pagefind: { ranking: SEARCH_RANKING },
        // src/pages/404.astro explains missing codes instead.
        disable404Route: true,
        lastUpdated: false,
      }),
    ),
    // Before serviceWorker: the index is in place when the worker lists every file.
    searchIndex(),
    catalogModule(catalog),
    numberRedirects(catalog),
    // Last, so the worker lists every file, Pagefind's index included.
    serviceWorker({ catalogDir }),
  ],
});
