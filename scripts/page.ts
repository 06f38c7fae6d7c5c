/**
 * `npm run page -- <url> [<url>…]`: prints the Markdown the build hands Starlight for each page, e.g.
 * `npm run page --silent -- /tencent-im/10010/`, for reading what a catalog change does to a page. The build
 * itself writes no Markdown: src/integrations/catalog-loader.ts generates the same pages in memory.
 */
import { getCatalog } from '../src/catalog/get-catalog.ts';
import { generateSite } from '../src/markdown/generate-site.ts';
import { getPageId, getPageMarkdownFile } from '../src/markdown/page.ts';
import { runMain } from '../src/node/run-command.ts';
import { getSiteConfig } from '../src/site-config.ts';
import { parsePageId } from '../src/urls.ts';

const USAGE = 'Usage: npm run page --silent -- /tencent-im/10010/ [more page URLs]';

export async function main(args = process.argv.slice(2)): Promise<number> {
  if (args.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const config = getSiteConfig(process.env);
  const pages = generateSite(await getCatalog('.', config.catalogDir), { base: config.base });
  const byId = new Map(pages.map((page) => [page.id, page]));
  let status = 0;
  for (const url of args) {
    const path = url.replace(/^https?:\/\/[^/]+/, '').replace(config.base, '/');
    const target = parsePageId(path);
    const page = target && byId.get(getPageId(target));
    if (page) console.log(getPageMarkdownFile(page));
    else {
      console.error(`No generated page at ${url} (number-only pages, 404 and the offline page are not Markdown). ${USAGE}`);
      status = 1;
    }
  }
  return status;
}

if (import.meta.main) await runMain(main);
