import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { catalogLoader } from './integrations/catalog-loader.ts';
import { getSiteConfig } from './site-config.ts';

export const collections = {
  // Every page comes from the catalog, generated in memory: src/integrations/catalog-loader.ts.
  docs: defineCollection({ loader: catalogLoader(getSiteConfig(process.env).catalogDir), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
