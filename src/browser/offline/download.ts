/**
 * The offline copy, driven from the page: downloading every file of the manifest (with progress,
 * cancelable, resumable: files already cached with the manifest's hash are skipped), refreshing what
 * the cache holds after an update (changed files only), and removing the copy. Loaded on demand.
 */
import {
  BYPASS_HEADER,
  getPageKey,
  isImmutablePath,
  isPagePath,
  MANIFEST_FILE,
  type OfflineManifest,
  type WorkerStatus,
} from '../../offline/protocol.ts';
import { forEachConcurrently, HashMismatchError, listHashes, openFiles, putFile, readState, writeState } from '../../offline/store.ts';
import { BASE, notifyOfflineChange } from './context.ts';

/** Why a download stopped early: the reader, the network, a new build on the server, the storage, another tab. */
export type StopReason = 'cancelled' | 'network' | 'changed' | 'storage' | 'busy';

export interface Progress {
  phase: 'idle' | 'checking' | 'downloading' | 'done' | 'stopped';
  /** A refresh after an update rather than a download the reader asked for. */
  refresh: boolean;
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  /** Files fetched by this run (the rest were cached already). */
  filesFetched: number;
  stopReason?: StopReason;
}

const LOCK = `im-error-codes-offline:${BASE}`;
const CONCURRENCY = 4;
const toUrl = (path: string) => new URL(BASE + path, location.href).href;
const bypass = { [BYPASS_HEADER]: '1' };

class StopError extends Error {
  readonly reason: StopReason;
  constructor(reason: StopReason) {
    super(reason);
    this.reason = reason;
  }
}

function getStopReason(error: unknown, signal: AbortSignal): StopReason {
  if (error instanceof StopError) return error.reason;
  if (signal.aborted) return 'cancelled';
  if (error instanceof HashMismatchError) return 'changed';
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'storage';
  return 'network';
}

class OfflineCopy {
  progress: Progress = { phase: 'idle', refresh: false, filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, filesFetched: 0 };
  private controller: AbortController | undefined;
  private lastNotified = 0;

  get running(): boolean {
    return this.progress.phase === 'checking' || this.progress.phase === 'downloading';
  }

  private update(change: Partial<Progress>, force = true): void {
    this.progress = { ...this.progress, ...change };
    // Progress events at most every 100 ms: thousands of files would otherwise re-render thousands of times.
    if (!force && performance.now() - this.lastNotified < 100) return;
    this.lastNotified = performance.now();
    notifyOfflineChange();
  }

  cancel(): void {
    this.controller?.abort();
  }

  /** Fetches every file of the manifest that is not cached with its current hash, then drops files no longer in it. */
  async download(options: { refresh?: boolean } = {}): Promise<void> {
    if (this.running) return;
    const controller = (this.controller = new AbortController());
    const { signal } = controller;
    this.update({ phase: 'checking', refresh: Boolean(options.refresh), stopReason: undefined, filesFetched: 0 });
    try {
      await withLock({ wait: false }, async () => {
        const response = await fetch(toUrl(MANIFEST_FILE), { cache: 'no-cache', headers: bypass, signal });
        if (!response.ok) throw new StopError('network');
        const manifest = (await response.json()) as OfflineManifest;
        const cache = await openFiles(BASE);
        const cached = await listHashes(cache, BASE);
        const files = manifest.files.map(([path, size, hash]) => ({ url: toUrl(path), size, hash }));
        const missing = files.filter((file) => cached.get(file.url) !== file.hash);
        const present = files.filter((file) => cached.get(file.url) === file.hash);
        this.update({
          phase: 'downloading',
          filesTotal: files.length,
          bytesTotal: files.reduce((sum, file) => sum + file.size, 0),
          filesDone: present.length,
          bytesDone: present.reduce((sum, file) => sum + file.size, 0),
        });
        await forEachConcurrently(missing, CONCURRENCY, async (file) => {
          signal.throwIfAborted();
          const fetched = await fetch(file.url, { cache: 'no-cache', headers: bypass, signal });
          // A file of the manifest gone from the server: a new build replaced this one.
          if (!fetched.ok) throw new StopError(fetched.status === 404 ? 'changed' : 'network');
          await putFile(cache, file.url, fetched, file.hash);
          const { filesDone, bytesDone, filesFetched } = this.progress;
          this.update({ filesDone: filesDone + 1, bytesDone: bytesDone + file.size, filesFetched: filesFetched + 1 }, false);
        });
        // Whatever else the cache holds is from an earlier build.
        const wanted = new Set(files.map((file) => file.url));
        await Promise.all([...(await listHashes(cache, BASE)).keys()].filter((url) => !wanted.has(url)).map((url) => cache.delete(url)));
        await writeState(cache, BASE, { version: manifest.version, date: manifest.date, complete: true });
      });
      this.update({ phase: 'done' });
    } catch (error) {
      this.update({ phase: 'stopped', stopReason: getStopReason(error, signal) });
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /**
   * After an update (the running worker's version differs from the cache's): a downloaded copy fetches
   * its changed files; otherwise the pages the reader kept are fetched again and old scripts and index
   * chunks dropped. Search fragments stay: their names are their content, and they are small.
   */
  async sync(worker: WorkerStatus): Promise<void> {
    const cache = await openFiles(BASE);
    const state = await readState(cache, BASE);
    if (!state || state.version === worker.version || this.running) return;
    if (state.complete) return this.download({ refresh: true });
    await withLock({ wait: false }, async () => {
      const shell = new Set(worker.shell.map(toUrl));
      const cached = [...(await listHashes(cache, BASE)).keys()].filter((url) => !shell.has(url));
      const paths = cached.map((url) => ({ url, path: new URL(url).pathname.slice(BASE.length) }));
      for (const { url, path } of paths.filter((entry) => isPagePath(entry.path))) {
        const response = await fetch(toUrl(getPageKey(path)), { cache: 'no-cache', headers: bypass });
        if (response.ok) await putFile(cache, url, response);
        else if (response.status === 404) await cache.delete(url);
      }
      const stale = paths.filter((entry) => isImmutablePath(entry.path) && !entry.path.startsWith('pagefind/fragment/'));
      await Promise.all(stale.map((entry) => cache.delete(entry.url)));
      await writeState(cache, BASE, { version: worker.version, date: worker.date, complete: false });
    });
    notifyOfflineChange();
  }

  /** Drops every downloaded or kept page, keeping the shell the worker needs for lookup and search. */
  async remove(worker: WorkerStatus | undefined): Promise<void> {
    this.cancel();
    // Waits for a cancelled download's last files, so none is written after the removal.
    await withLock({ wait: true }, async () => {
      const cache = await openFiles(BASE);
      const shell = new Set((worker?.shell ?? []).map(toUrl));
      await Promise.all([...(await listHashes(cache, BASE)).keys()].filter((url) => !shell.has(url)).map((url) => cache.delete(url)));
      if (worker) await writeState(cache, BASE, { version: worker.version, date: worker.date, complete: false });
    });
    this.update({
      phase: 'idle',
      refresh: false,
      filesDone: 0,
      filesTotal: 0,
      bytesDone: 0,
      bytesTotal: 0,
      filesFetched: 0,
      stopReason: undefined,
    });
  }
}

/** One tab at a time changes the cache; unless told to wait, a second one stops with "busy". */
async function withLock(options: { wait: boolean }, work: () => Promise<void>): Promise<void> {
  if (!('locks' in navigator)) return work();
  await navigator.locks.request(LOCK, { ifAvailable: !options.wait }, async (lock) => {
    if (!lock) throw new StopError('busy');
    await work();
  });
}

/** How much the cache holds: all files, and the pages kept or downloaded (the shell's offline page aside). */
export async function countCached(shell: readonly string[]): Promise<{ files: number; pages: number }> {
  const inShell = new Set(shell.map(toUrl));
  const urls = [...(await listHashes(await openFiles(BASE), BASE)).keys()];
  return {
    files: urls.length,
    pages: urls.filter((url) => !inShell.has(url) && isPagePath(new URL(url).pathname.slice(BASE.length))).length,
  };
}

export const offlineCopy = new OfflineCopy();
