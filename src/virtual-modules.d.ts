/** The catalog astro.config.mjs loaded, as src/integrations/catalog-module.ts provides it (same id there). */
declare module 'virtual:im-error-codes/catalog' {
  const catalog: import('./catalog/model.ts').Catalog;
  export default catalog;
}
