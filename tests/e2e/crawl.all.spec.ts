/** Every internal link of every page, followed: no broken link, no anchor to nowhere, nothing outside the base. */
import { readFile } from 'node:fs/promises';
import { parseManifest, PUBLISHED_URLS_FILE } from '../../src/exports/published-urls.ts';
import { expect, test } from './fixtures.ts';
import { getAttribute, getElements } from '../helpers/html.ts';

test('the built site has no broken internal links and stays inside its base path', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const root = new URL(baseURL!);
  const seeds = [root.href];
  if (test.info().project.name !== 'fixture') {
    // Every URL ever published must still be served.
    const manifest = parseManifest(await readFile(PUBLISHED_URLS_FILE, 'utf8'));
    seeds.push(...manifest.map((url) => new URL(url.slice(1), root).href));
  }
  const queue = [...new Set(seeds)];
  const seen = new Set(queue);
  const ids = new Map<string, Set<string>>();
  const anchors: { from: string; to: string; hash: string }[] = [];
  const problems: string[] = [];
  const external = new Set<string>();
  while (queue.length > 0) {
    const batch = queue.splice(0, 16);
    await Promise.all(
      batch.map(async (url) => {
        const response = await request.get(url, { maxRedirects: 0 });
        if (!response.ok()) {
          problems.push(`${response.status()} ${url}`);
          return;
        }
        if (!(response.headers()['content-type'] ?? '').includes('text/html')) return;
        const elements = getElements(await response.text());
        ids.set(url, new Set(elements.map((element) => getAttribute(element, 'id')).filter((id) => id !== undefined)));
        for (const link of elements.filter((element) => element.tagName === 'a')) {
          const href = getAttribute(link, 'href');
          if (!href || !/^https?:\/\//.test(href) || new URL(href).origin === root.origin) continue;
          if (!(getAttribute(link, 'rel') ?? '').split(/\s+/).includes('external')) {
            problems.push(`external link not marked as external on ${url}: ${href}`);
          }
        }
        const targets = elements
          .flatMap((element) => [getAttribute(element, 'href'), getAttribute(element, 'src')])
          .filter((target) => target !== undefined);
        // A number-only page sends a reader without JavaScript on with <meta http-equiv="refresh" content="0; url=…">.
        for (const meta of elements.filter((element) => element.tagName === 'meta' && getAttribute(element, 'http-equiv') === 'refresh')) {
          const target = /;\s*url=(.+)$/i.exec(getAttribute(meta, 'content') ?? '')?.[1];
          if (target) targets.push(target);
        }
        for (const target of targets) {
          if (/^(mailto|data|javascript):/i.test(target)) {
            if (/^javascript:/i.test(target)) problems.push(`javascript: link on ${url}`);
            continue;
          }
          const resolved = new URL(target, url);
          if (resolved.origin !== root.origin) {
            external.add(resolved.href);
            continue;
          }
          if (!resolved.pathname.startsWith(root.pathname)) problems.push(`${url} links outside the base path: ${target}`);
          const page = new URL(resolved.pathname + resolved.search, root).href;
          if (resolved.hash.length > 1) anchors.push({ from: url, to: page, hash: decodeURIComponent(resolved.hash.slice(1)) });
          if (!seen.has(page)) {
            seen.add(page);
            queue.push(page);
          }
        }
      }),
    );
  }
  for (const { from, to, hash } of anchors) {
    if (ids.has(to) && !ids.get(to)!.has(hash)) problems.push(`${from} links to #${hash} on ${to}, which has no such id`);
  }
  for (const url of external) if (!/^https?:\/\//.test(url)) problems.push(`external link with another scheme: ${url}`);
  expect(problems).toEqual([]);
  expect(ids.size).toBeGreaterThan(test.info().project.name === 'fixture' ? 5 : 440);
});
