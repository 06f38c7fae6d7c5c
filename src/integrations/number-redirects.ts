/** Writes the number-only redirect pages (`/10010/` → `/tencent-im/10010/`) after the build. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatSeconds } from './format-seconds.ts';
import type { Catalog } from '../catalog/build-catalog.ts';
import { getCodeEntries, groupByNumber } from '../generator/code-facts.ts';
import { renderNumberRedirect } from '../generator/render-number-page.ts';

export function numberRedirects(catalog: Catalog): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'im-error-codes:number-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        // Numbers several systems share get a page listing them from src/pages/[code].astro instead.
        const pages = groupByNumber(getCodeEntries(catalog))
          .filter(([, entries]) => entries.length === 1)
          .map(([, [entry]]) => renderNumberRedirect(entry!, { base, site }));
        for (let start = 0; start < pages.length; start += 256) {
          await Promise.all(
            pages.slice(start, start + 256).map(async (page) => {
              await mkdir(dirname(join(root, page.path)), { recursive: true });
              await writeFile(join(root, page.path), page.html);
            }),
          );
        }
        logger.info(`${pages.length} number-only redirect pages written (${formatSeconds(started)}).`);
      },
    },
  };
}
