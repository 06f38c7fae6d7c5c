/** Writes the number-only redirect pages (`/10010/` → `/tencent-im/10010/`) after the build. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatSeconds } from './format-seconds.ts';
import type { Catalog } from '../catalog/model.ts';
import { getCodeEntries, groupByNumber } from '../catalog/queries.ts';
import { renderNumberRedirect } from '../exports/number-page.ts';
import { writeFiles } from '../node/fs.ts';

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
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        // Numbers several systems share get a page listing them instead (src/markdown/render-number-page.ts).
        const pages = groupByNumber(getCodeEntries(catalog))
          .filter(([, entries]) => entries.length === 1)
          .map(([, [entry]]) => renderNumberRedirect(entry!, { base, site }));
        writeFiles(root, pages);
        logger.info(`${pages.length} number-only redirect pages written (${formatSeconds(started)}).`);
      },
    },
  };
}
