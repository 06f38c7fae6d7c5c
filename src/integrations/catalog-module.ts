/**
 * Hands the catalog astro.config.mjs loaded to the site's routes as a virtual module, so a build parses
 * and validates the YAML once, and the routes' bundle carries the catalog as data instead of the YAML
 * loader, the schema and the lint rules.
 */
import type { AstroIntegration } from 'astro';
import type { Catalog } from '../catalog/model.ts';

const CATALOG_MODULE_ID = 'virtual:im-error-codes/catalog';
const RESOLVED_ID = `\0${CATALOG_MODULE_ID}`;

export function catalogModule(catalog: Catalog): AstroIntegration {
  return {
    name: 'im-error-codes:catalog-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'im-error-codes:catalog-module',
                resolveId: (id: string) => (id === CATALOG_MODULE_ID ? RESOLVED_ID : undefined),
                // JSON.parse of a string literal: faster to parse than the same data as an object literal.
                load: (id: string) =>
                  id === RESOLVED_ID ? `export default JSON.parse(${JSON.stringify(JSON.stringify(catalog))});` : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
