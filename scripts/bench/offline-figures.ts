/**
 * What offline use costs a reader, from a build's offline-manifest.json: the first visit to a code page
 * (the page, the worker and the app shell it precaches) and the full "离线使用" download. Raw bytes, and
 * as transferred by a server that gzips text (HTML, JS, CSS, JSON, SVG, CSV), as `astro preview` does;
 * Pagefind's chunks and wasm are compressed already.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MANIFEST_FILE, SERVICE_WORKER_FILE, type OfflineManifest } from '../../src/offline/protocol.ts';

const COMPRESSED_BY_SERVER = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt', '.xml']);

/** The file a request path names: `tencent-im/10010/` is tencent-im/10010/index.html. */
const toFile = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);

async function measure(dist: string, paths: string[]): Promise<{ files: number; bytes: number; transferBytes: number }> {
  let bytes = 0;
  let transferBytes = 0;
  for (let start = 0; start < paths.length; start += 256) {
    const contents = await Promise.all(
      paths.slice(start, start + 256).map(async (path) => ({ path, body: await readFile(join(dist, toFile(path))) })),
    );
    for (const { path, body } of contents) {
      bytes += body.length;
      transferBytes += COMPRESSED_BY_SERVER.has(extname(toFile(path))) ? gzipSync(body).length : body.length;
    }
  }
  return { files: paths.length, bytes, transferBytes };
}

/** `codePage` is the request path of the page the first visit opens, e.g. `system-1/10001/`. */
export async function getOfflineFigures(dist: string, codePage: string) {
  const manifest = JSON.parse(await readFile(join(dist, MANIFEST_FILE), 'utf8')) as OfflineManifest;
  return {
    firstVisit: await measure(dist, [codePage, SERVICE_WORKER_FILE, ...manifest.shell]),
    download: await measure(
      dist,
      manifest.files.map(([path]) => path),
    ),
    manifestBytes: (await readFile(join(dist, MANIFEST_FILE))).length,
  };
}
