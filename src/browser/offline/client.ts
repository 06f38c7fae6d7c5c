/**
 * On every page: registers the worker, shows "目录已更新" when a new build's worker is waiting, and
 * after an update brings what the cache holds up to date (src/browser/offline/download.ts, loaded only then).
 * The "离线使用" control (src/browser/offline/panel.ts) reads the same status through getOfflineStatus().
 */
import { getStateUrl, SERVICE_WORKER_FILE, type OfflineState, type WorkerRequest, type WorkerStatus } from '../../offline/protocol.ts';
import { makeElement } from '../dom.ts';
import { BASE, notifyOfflineChange } from './context.ts';

/** Whether this browser can keep the site: service workers need a secure context (https or localhost). */
export const isOfflineSupported = () => 'serviceWorker' in navigator && 'caches' in window && import.meta.env.PROD;

let registering: Promise<ServiceWorkerRegistration | undefined> | undefined;

function getRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  registering ??= isOfflineSupported()
    ? navigator.serviceWorker
        .register(`${BASE}${SERVICE_WORKER_FILE}`, { scope: BASE, updateViaCache: 'none' })
        // Without a worker the site still works online; the control says offline use is unavailable.
        .catch(() => undefined)
    : Promise.resolve(undefined);
  return registering;
}

/** Asks a worker for its version and shell. */
function askWorker(worker: ServiceWorker, timeoutMs = 5000): Promise<WorkerStatus | undefined> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data as WorkerStatus);
    };
    worker.postMessage({ type: 'status' } satisfies WorkerRequest, [channel.port2]);
  });
}

export interface OfflineStatus {
  /** The running worker's build; undefined when the browser cannot keep the site. */
  worker?: WorkerStatus;
  /** What the cache holds. */
  state?: OfflineState;
  /** A newer build's worker is installed and waits for a reload. */
  updateWaiting: boolean;
}

export async function getOfflineStatus(): Promise<OfflineStatus> {
  const registration = await getRegistration();
  if (!registration) return { updateWaiting: false };
  const active = registration.active ?? (await navigator.serviceWorker.ready).active;
  const worker = active ? await askWorker(active) : undefined;
  const response = await caches.match(getStateUrl(BASE));
  const state = response ? ((await response.json()) as OfflineState) : undefined;
  return { worker, state, updateWaiting: Boolean(registration.waiting && navigator.serviceWorker.controller) };
}

let reloadRequested = false;

/** Lets the waiting worker take over, then reloads when it has. */
function applyUpdate(registration: ServiceWorkerRegistration): void {
  reloadRequested = true;
  if (registration.waiting) registration.waiting.postMessage({ type: 'skip-waiting' } satisfies WorkerRequest);
  else location.reload();
}

function showUpdateNotice(registration: ServiceWorkerRegistration, status: WorkerStatus | undefined): void {
  if (document.querySelector('.offline-notice')) return;
  const text = makeElement('span', {}, [status?.date ? `目录已更新（${status.date}）。` : '目录已更新。']);
  const reload = makeElement('button', { type: 'button', class: 'offline-notice-reload' }, ['重新加载']);
  reload.addEventListener('click', () => applyUpdate(registration));
  const later = makeElement('button', { type: 'button', class: 'offline-notice-dismiss' }, ['稍后']);
  const notice = makeElement('div', { class: 'offline-notice', role: 'status' }, [text, reload, later]);
  later.addEventListener('click', () => notice.remove());
  document.body.append(notice);
  notifyOfflineChange();
}

async function watchForUpdates(registration: ServiceWorkerRegistration): Promise<void> {
  const showIfWaiting = async () => {
    // A waiting worker on a page no worker controls is a first install finishing, not an update.
    if (registration.waiting && navigator.serviceWorker.controller) showUpdateNotice(registration, await askWorker(registration.waiting));
  };
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') void showIfWaiting();
    });
  });
  // Browsers look for a new worker on each navigation; a tab left open looks again when shown, hourly at most.
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < 3_600_000) return;
    lastCheck = Date.now();
    void registration.update().catch(() => undefined);
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadRequested) location.reload();
    else notifyOfflineChange();
  });
  await showIfWaiting();
}

/** After an update, the cache still holds the previous build's files: refresh them (changed files only). */
async function syncAfterUpdate(): Promise<void> {
  await navigator.serviceWorker.ready;
  const status = await getOfflineStatus();
  if (!status.worker || !status.state || status.state.version === status.worker.version) return;
  const { offlineCopy } = await import('./download.ts');
  await offlineCopy.sync(status.worker);
}

export async function startOffline(): Promise<void> {
  const registration = await getRegistration();
  if (!registration) return;
  await watchForUpdates(registration);
  await syncAfterUpdate().catch(() => undefined);
}
