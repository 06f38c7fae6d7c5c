/**
 * Registers the worker that keeps the app shell and the pages a reader opens (src/worker/sw.ts),
 * shows "目录已更新" when a new build is deployed, and refreshes the offline copy after an update; defines
 * the header's "离线使用" button (src/components/OfflineButton.astro).
 */
import './offline/button.ts';
import { startOffline } from './offline/client.ts';

void startOffline();
