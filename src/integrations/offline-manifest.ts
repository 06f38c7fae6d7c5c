/**
 * Build time, pure: from the built files and their hashes, the offline manifest (every file the
 * download fetches) and the app shell (what the worker precaches on a first visit).
 */
import { createHash } from 'node:crypto';
import { MANIFEST_FILE, OFFLINE_PAGE, SERVICE_WORKER_FILE, type OfflineManifest, type WorkerBuild } from '../offline/protocol.ts';

export interface BuiltFile {
  /** The file's path in the output directory, with `/` separators. */
  file: string;
  size: number;
  /** The first 16 hex digits of its SHA-256. */
  hash: string;
}

export const hashContent = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The URL path (relative to the base) a file is requested by: directories for their index.html. */
export function getRequestPath(file: string): string {
  if (file === 'index.html') return '';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/**
 * Pagefind writes UI bundles of its own that Starlight does not load (it bundles Pagefind's default UI
 * into _astro/): no page requests them, so the download leaves them out.
 */
const UNUSED_PAGEFIND_FILES = new Set([
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-component-ui.js',
  'pagefind/pagefind-component-ui.css',
  'pagefind/pagefind-modular-ui.js',
  'pagefind/pagefind-modular-ui.css',
  'pagefind/pagefind-highlight.js',
]);

/**
 * The app shell: what every page needs (Vite's scripts and styles, fonts, the favicon), what the lookup
 * box needs (the code index) and what full-text search needs except its per-page fragments (Pagefind's
 * script, worker, wasm, entry, metadata, index and filter chunks), and the offline page. Its size grows
 * with the catalog only through the code index and Pagefind's index.
 */
export function isShellPath(path: string): boolean {
  return (
    path.startsWith('_astro/') ||
    path === 'favicon.svg' ||
    path === 'code-index.json' ||
    path === OFFLINE_PAGE ||
    ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json'].includes(path) ||
    /^pagefind\/wasm\.[^/]+\.pagefind$/.test(path) ||
    /^pagefind\/[^/]+\.pf_meta$/.test(path) ||
    /^pagefind\/(index|filter)\/[^/]+$/.test(path)
  );
}

/**
 * The manifest of a build. `version` hashes every file (the unused ones too: any change to the output
 * is a new version); `date` is the catalog's, passed in so the output depends on nothing but the input.
 */
export function makeManifest(files: readonly BuiltFile[], date: string | null): OfflineManifest {
  const own = new Set([SERVICE_WORKER_FILE, MANIFEST_FILE]);
  const built = files.filter((file) => !own.has(file.file)).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const version = hashContent(built.map((file) => `${file.file} ${file.hash}`).join('\n'));
  const entries = built
    .filter((file) => !UNUSED_PAGEFIND_FILES.has(file.file))
    .map((file): OfflineManifest['files'][number] => [getRequestPath(file.file), file.size, file.hash])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { version, date, fields: ['path', 'size', 'hash'], files: entries, shell: entries.map(([path]) => path).filter(isShellPath) };
}

/** What the worker is built with: the version, the base path and the shell with each file's hash. */
export function makeWorkerBuild(manifest: OfflineManifest, base: string): WorkerBuild {
  const hashes = new Map(manifest.files.map(([path, , hash]) => [path, hash]));
  return {
    version: manifest.version,
    date: manifest.date,
    base,
    manifest: MANIFEST_FILE,
    shell: manifest.shell.map((path) => [path, hashes.get(path)!]),
  };
}

/** The byte sizes that matter to a reader: the shell (a first visit) and everything (the download). */
export function measureManifest(manifest: OfflineManifest): { shellFiles: number; shellBytes: number; files: number; bytes: number } {
  const shell = new Set(manifest.shell);
  const inShell = manifest.files.filter(([path]) => shell.has(path));
  return {
    shellFiles: inShell.length,
    shellBytes: inShell.reduce((sum, [, size]) => sum + size, 0),
    files: manifest.files.length,
    bytes: manifest.files.reduce((sum, [, size]) => sum + size, 0),
  };
}
