import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  // Starlight's docsLoader() is this glob, but it keeps every page's Markdown source in the data store
  // next to the rendered HTML. Starlight never reads the source, and the build bundles the whole
  // store, so with thousands of generated pages the copy would cost build time for nothing.
  docs: defineCollection({ loader: glob({ base: './src/content/docs', pattern: '**/[^_]*.md', retainBody: false }), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
