/**
 * A static server for the offline tests, serving a built site as `astro preview` does (directories
 * for their index.html, 404.html for anything missing, gzip, ETags with `no-cache`), that can be
 * stopped and started again on the same port with another build (a deploy), can break the network
 * after N more requests, and logs every request with the bytes it sent: the service worker's
 * requests included, which the page's own network events do not show.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface LoggedRequest {
  /** The path relative to the base, with the query: `tencent-im/10010/`, `pagefind/pagefind-entry.json?ts=…`. */
  path: string;
  status: number;
  /** Bytes on the wire for this response: body (gzipped when the client accepts it) and headers. */
  bytes: number;
  /** A request of the page's own download (it carries x-offline-download). */
  download: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt', '.xml']);

export class SiteServer {
  readonly requests: LoggedRequest[] = [];
  private server: Server | undefined;
  private sockets = new Set<Socket>();
  private port = 0;
  private breakAfter: number | undefined;
  private downloadDelayMs = 0;
  private root: string;
  readonly base: string;

  constructor(root: string, base = '/') {
    this.root = root;
    this.base = base;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}${this.base}`;
  }

  async start(root = this.root): Promise<void> {
    this.root = root;
    const server = createServer((request, response) => void this.handle(request, response));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** The server is gone: connections are refused until start() again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }

  /** After `count` more requests every connection is reset, as on a network that dropped. */
  breakNetworkAfter(count: number | undefined): void {
    this.breakAfter = count;
  }

  /** Each of the page's download requests waits this long first, so a test can act while a download runs. */
  slowDownloads(delayMs: number): void {
    this.downloadDelayMs = delayMs;
  }

  clearLog(): void {
    this.requests.length = 0;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (this.breakAfter !== undefined) {
      if (this.breakAfter <= 0) {
        request.socket.destroy();
        return;
      }
      this.breakAfter--;
    }
    const download = request.headers['x-offline-download'] !== undefined;
    if (download && this.downloadDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.downloadDelayMs));
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    const log = (status: number, bodyBytes: number) => {
      const headerBytes = Object.entries(response.getHeaders()).reduce(
        (sum, [name, value]) => sum + name.length + String(value).length + 4,
        17,
      );
      this.requests.push({ path: url.pathname.slice(this.base.length) + url.search, status, bytes: bodyBytes + headerBytes, download });
    };
    const found = pathname.startsWith(this.base) ? await this.find(pathname.slice(this.base.length)) : undefined;
    const file = found ?? join(this.root, '404.html');
    const status = found ? 200 : 404;
    const body = await readFile(file);
    const extension = extname(file);
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
    response.setHeader('Content-Type', TYPES[extension] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', 'no-cache');
    if (status === 200) response.setHeader('ETag', etag);
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304);
      response.end();
      log(304, 0);
      return;
    }
    let payload = body;
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      payload = gzipSync(body);
      response.setHeader('Content-Encoding', 'gzip');
    }
    response.setHeader('Content-Length', payload.length);
    response.writeHead(status);
    response.end(request.method === 'HEAD' ? undefined : payload);
    log(status, request.method === 'HEAD' ? 0 : payload.length);
  }

  /** The file a path names: itself, or the index.html of the directory it names (with or without the slash). */
  private async find(path: string): Promise<string | undefined> {
    if (path.split('/').includes('..')) return undefined;
    const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
    for (const candidate of candidates) {
      const file = join(this.root, candidate);
      if ((await stat(file).catch(() => undefined))?.isFile()) return file;
    }
    return undefined;
  }
}
