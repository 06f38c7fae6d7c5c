/**
 * What the page's offline modules share: the base path the cache is keyed by, and the event that tells
 * the button and the control to redraw. Its own module so that client.ts (which loads download.ts on
 * demand) and download.ts both read it without importing each other.
 */

export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** "offline-change" is dispatched here whenever what the cache holds, or the download's progress, changes. */
export const offlineEvents = new EventTarget();
export const notifyOfflineChange = () => offlineEvents.dispatchEvent(new Event('offline-change'));
