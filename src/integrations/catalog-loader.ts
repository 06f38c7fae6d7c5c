/**
 * Starlight's docs collection, straight from the catalog: every page is generated in memory
 * (src/markdown/), rendered from its Markdown by Astro's own Markdown pipeline (the one Starlight's glob
 * loader would use on a file) and stored with its frontmatter validated by Starlight's schema. No page is
 * written to disk, and the catalog is the one this process already loaded (get-catalog.ts).
 */
import { relative, resolve } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { forgetCatalog, getCatalog } from '../catalog/get-catalog.ts';
import { generateSite } from '../markdown/generate-site.ts';
import type { GeneratedPage } from '../markdown/page.ts';
import { makeUrl, parsePageId } from '../urls.ts';
import { addSearchPage } from './search-index.ts';

/**
 * Starlight's frontmatter schema, built once. The loader context's parseData builds it again for every entry
 * (Starlight's docsSchema is a factory), which cost more than rendering the Markdown: 1.6 s of 4.1 s for 1,442
 * pages. Pages name no images; for entries of a content loader Astro itself passes a string schema as the image
 * helper (getEntryData in astro/dist/content/utils.js), which the context's type does not describe.
 */
type SchemaContext = Parameters<ReturnType<typeof docsSchema>>[0];
const frontmatterSchema = docsSchema()({ image: () => z.string() } as unknown as SchemaContext);

/** A page's Markdown is rendered again only when it or its frontmatter changed since the data store's last build. */
async function storePage(context: LoaderContext, page: GeneratedPage): Promise<void> {
  const digest = context.generateDigest(JSON.stringify([page.data, page.markdown]));
  let entry = context.store.get(page.id);
  if (entry?.digest !== digest) {
    const data = await frontmatterSchema.parseAsync(page.data);
    // Starlight's remark and rehype plugins (heading anchor links on pages with a table of contents) apply
    // only to files of the docs collection's folder: the page is rendered as the file it stands for.
    const fileURL = new URL(`content/docs/${page.id}.md`, context.config.srcDir);
    entry = { id: page.id, data, digest, rendered: await context.renderMarkdown(page.markdown, { fileURL }) };
    context.store.set(entry);
  }
  const { title, pagefind: searchable } = entry.data as { title: string; pagefind: boolean };
  const target = parsePageId(page.id);
  if (searchable && target) addSearchPage({ url: makeUrl(target), title, html: entry.rendered?.html ?? '' });
}

async function loadPages(context: LoaderContext, root: string, catalogDir: string): Promise<void> {
  const started = performance.now();
  const catalog = await getCatalog(root, catalogDir);
  const pages = generateSite(catalog, { base: context.config.base });
  const ids = new Set(pages.map((page) => page.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  for (const page of pages) await storePage(context, page);
  context.logger.info(`${pages.length} pages from ${catalogDir}/ (${((performance.now() - started) / 1000).toFixed(2)} s)`);
}

/** The loader of the docs collection; `catalogDir` relative to the project root, or absolute. */
export function catalogLoader(catalogDir: string): Loader {
  return {
    name: 'im-error-codes:catalog',
    load: async (context) => {
      const root = process.cwd();
      await loadPages(context, root, catalogDir);
      // The dev server: an edit to the catalog regenerates the pages (the sidebar's domains need a restart).
      const watched = resolve(root, catalogDir);
      context.watcher?.add(watched);
      context.watcher?.on('all', (_event, path) => {
        if (relative(watched, path).startsWith('..')) return;
        forgetCatalog(root, catalogDir);
        loadPages(context, root, catalogDir).catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}
