/**
 * Pagefind's index, built while the site builds instead of after it. Starlight runs Pagefind over the
 * finished site in `astro:build:done`: it parses every page whole (head, header, sidebar, scripts) while the
 * build waits, 7 s at 10,000 codes. Here the content loader hands Pagefind each page's searchable part as
 * soon as the page is rendered from its Markdown, and Pagefind, a process of its own, indexes the pages and
 * writes its files on the core Astro's single-threaded work leaves idle; `astro:build:done` moves them in.
 *
 * The searchable part is what Starlight puts in `<main data-pagefind-body>` for the page: its title as the
 * `<h1>` and its rendered content with the content's `data-pagefind-*` marks (weights, filters, ignored
 * parts). Left out, unlike before: the footer's prev/next links, which named the neighbours' titles, so a
 * page was found by its neighbours' words. Code pages numbered 404 are indexed like every other (Starlight
 * takes an id ending in /404 for a not-found page).
 *
 * The loader and this integration are loaded as separate module graphs (see get-catalog.ts), so the index
 * lives on `globalThis`.
 */
import { cp, rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { escapeHtmlText } from '../escape-html.ts';
import { SITE_LANGUAGE } from '../site-config.ts';
import { formatSeconds } from './format-seconds.ts';

interface SearchPage {
  /** The page's URL below the base, as Pagefind would derive it from the built file (`/tencent-im/10010/`). */
  url: string;
  title: string;
  /** The page's content as rendered HTML, with its `data-pagefind-*` attributes. */
  html: string;
}

interface SearchIndexState {
  index: Promise<pagefind.PagefindIndex>;
  /** One per page; they never reject, so a failure waits for astro:build:done instead of ending the process. */
  added: Promise<void>[];
  failures: string[];
  /** Where the index is written before the build's output folder exists (Astro empties it when it starts writing). */
  staging: string;
  written?: Promise<void>;
}

const STATE_KEY = Symbol.for('im-error-codes:search-index');
const holder = globalThis as { [STATE_KEY]?: SearchIndexState | null };

function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
  return response;
}

/** Adds a page to this build's index, if a build is running (not in astro sync or the dev server). */
export function addSearchPage(page: SearchPage): void {
  const state = holder[STATE_KEY];
  if (!state) return;
  const title = escapeHtmlText(page.title);
  const main = `<main data-pagefind-body><h1 id="_top">${title}</h1>${page.html}</main>`;
  const content = `<html lang="${SITE_LANGUAGE}"><body>${main}</body></html>`;
  const adding = state.index.then(async (index) => void check(await index.addHTMLFile({ url: page.url, content }), `index ${page.url}`));
  state.added.push(adding.catch((error: unknown) => void state.failures.push(error instanceof Error ? error.message : String(error))));
}

/** Once every page is added: the index's files, written to the staging folder. */
async function writeIndex(state: SearchIndexState): Promise<void> {
  await Promise.all(state.added);
  const failures = [...new Set(state.failures)];
  if (failures.length > 0)
    throw new Error([...failures.slice(0, 5), ...(failures.length > 5 ? [`… and ${failures.length - 5} more`] : [])].join('\n'));
  await rm(state.staging, { recursive: true, force: true });
  check(await (await state.index).writeFiles({ outputPath: state.staging }), 'write its files');
}

/** The staging folder moved into the output folder (copied if it is on another file system). */
async function moveIndex(staging: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await rename(staging, target).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(staging, target, { recursive: true });
    await rm(staging, { recursive: true, force: true });
  });
}

/**
 * Starlight without its `astro:build:done`, which runs Pagefind over the built site and does nothing else
 * (@astrojs/starlight 0.42, dist/index.js); searchIndex() writes the index instead. Starlight keeps its
 * `pagefind` option, which its search dialog reads (the ranking).
 */
export function withoutPagefindRun(starlight: AstroIntegration): AstroIntegration {
  const hooks = { ...starlight.hooks };
  delete hooks['astro:build:done'];
  return { ...starlight, hooks };
}

/** Runs Pagefind while the site builds (see above). */
export function searchIndex(): AstroIntegration {
  return {
    name: 'im-error-codes:search-index',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const index = pagefind.createIndex().then(
          (response) => check(response, 'start').index!,
          (error: unknown) => {
            throw new Error(
              `Pagefind, which builds the search index, did not start: ${error instanceof Error ? error.message : String(error)}`,
            );
          },
        );
        // Reported by the pages it fails and by astro:build:done, not as an unhandled rejection.
        index.catch(() => undefined);
        holder[STATE_KEY] = { index, added: [], failures: [], staging: fileURLToPath(new URL('pagefind-staging/', config.cacheDir)) };
      },
      // The content loader has added every page by now: Pagefind builds the index while Astro bundles and renders.
      'astro:build:start': () => {
        const state = holder[STATE_KEY];
        if (!state) return;
        state.written = writeIndex(state);
        // Awaited, and any failure reported, in astro:build:done.
        state.written.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const state = holder[STATE_KEY];
        if (!state) return;
        const started = performance.now();
        try {
          await (state.written ?? writeIndex(state));
          await moveIndex(state.staging, fileURLToPath(new URL('pagefind/', dir)));
          logger.info(`Search index of ${state.added.length} pages written (${formatSeconds(started)} after the pages).`);
        } finally {
          holder[STATE_KEY] = null;
          await pagefind.close();
        }
      },
    },
  };
}
