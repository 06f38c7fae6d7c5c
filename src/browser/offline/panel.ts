/**
 * The "离线使用" control: what the browser holds and which catalog version, the storage used, the
 * download of every page with its progress (cancel, resume), and removing the copy. It is the
 * `<offline-panel>` element: inline on the offline page, and in a dialog the header button opens.
 */
import { getOfflineStatus, isOfflineSupported, type OfflineStatus } from './client.ts';
import { offlineEvents } from './context.ts';
import { countCached, offlineCopy, type Progress, type StopReason } from './download.ts';
import { formatBytes, formatVersion } from '../../offline/protocol.ts';
import { makeElement } from '../dom.ts';

const number = (value: number) => value.toLocaleString('zh-CN');

const STOPPED: Record<StopReason, string> = {
  cancelled: '已取消。已下载的文件会保留，可以继续下载。',
  network: '网络中断，下载已暂停。已下载的文件会保留；网络恢复后点“继续下载”。',
  changed: '网站在下载期间更新了。请重新加载页面，再继续下载。',
  storage: '浏览器的存储空间不足，下载已停止。',
  busy: '另一个标签页正在下载，请在那里查看进度。',
};

class OfflinePanel extends HTMLElement {
  private summary = makeElement('p', { class: 'offline-panel-summary' });
  private facts = makeElement('dl', { class: 'offline-panel-facts' });
  private progressBox = makeElement('div', { class: 'offline-panel-progress' });
  private progressBar = makeElement('progress', { max: 1 });
  private counts = makeElement('p', { class: 'offline-panel-counts' });
  /** The only live region: phase changes and every quarter of a download, not every file. */
  private live = makeElement('p', { class: 'offline-panel-live', role: 'status' });
  private downloadButton = makeElement('button', { type: 'button', class: 'offline-panel-download' }, ['下载全部页面']);
  private cancelButton = makeElement('button', { type: 'button', class: 'offline-panel-cancel' }, ['取消']);
  private removeButton = makeElement('button', { type: 'button', class: 'offline-panel-remove' }, ['删除离线副本']);
  private status: OfflineStatus | undefined;
  private lastPhase: Progress['phase'] = 'idle';
  private lastQuarter = -1;
  private rendering = false;
  private renderAgain = false;
  private readonly onChange = () => void this.render();

  connectedCallback(): void {
    if (this.childElementCount > 0) return;
    const heading = makeElement('h2', { class: 'offline-panel-title', tabindex: -1 }, ['离线使用']);
    this.progressBox.append(makeElement('label', {}, ['下载进度', this.progressBar]), this.counts);
    this.progressBox.hidden = true;
    const actions = makeElement('div', { class: 'offline-panel-actions' }, [this.downloadButton, this.cancelButton, this.removeButton]);
    this.append(heading, this.summary, this.facts, this.progressBox, this.live, actions);
    this.downloadButton.addEventListener('click', () => void this.startDownload());
    this.cancelButton.addEventListener('click', () => offlineCopy.cancel());
    this.removeButton.addEventListener('click', () => void this.removeCopy());
    offlineEvents.addEventListener('offline-change', this.onChange);
    void this.render();
  }

  disconnectedCallback(): void {
    offlineEvents.removeEventListener('offline-change', this.onChange);
  }

  private async startDownload(): Promise<void> {
    // Asked when the reader wants a copy kept: browsers may otherwise evict it when space runs low.
    await navigator.storage?.persist?.().catch(() => false);
    await offlineCopy.download();
  }

  private async removeCopy(): Promise<void> {
    this.removeButton.disabled = true;
    await offlineCopy.remove(this.status?.worker);
    this.live.textContent = '离线副本已删除。查找和搜索仍可离线使用。';
    this.progressBox.hidden = true;
    await this.render();
  }

  /** Renders are serialised: progress events arrive faster than the cache can be counted. */
  private async render(): Promise<void> {
    if (this.rendering) {
      this.renderAgain = true;
      return;
    }
    this.rendering = true;
    try {
      do {
        this.renderAgain = false;
        await this.renderOnce();
      } while (this.renderAgain);
    } finally {
      this.rendering = false;
    }
  }

  private async renderOnce(): Promise<void> {
    if (!isOfflineSupported()) {
      this.summary.textContent = '这个浏览器不能离线保存本站（需要 HTTPS 或本机地址，并允许 Service Worker）。';
      for (const button of [this.downloadButton, this.cancelButton, this.removeButton]) button.hidden = true;
      return;
    }
    const progress = offlineCopy.progress;
    this.renderProgress(progress);
    if (!this.status?.worker) this.summary.textContent = '正在准备离线使用……';
    // While files arrive, only the progress changes; the summary is read again at the end.
    if (offlineCopy.running && this.status?.worker) return this.renderButtons(progress);
    this.status = await getOfflineStatus();
    const { worker, state } = this.status;
    if (!worker) {
      this.summary.textContent = '离线使用暂不可用：后台程序（Service Worker）没有启动。';
      this.downloadButton.hidden = this.removeButton.hidden = this.cancelButton.hidden = true;
      return;
    }
    const cached = await countCached(worker.shell);
    const current = state?.version === worker.version;
    const complete = Boolean(state?.complete && current);
    this.dataset.complete = String(complete);
    const savedPages = cached.pages > 0 ? `，另有 ${number(cached.pages)} 个页面保存在本机` : '';
    this.summary.textContent = complete
      ? `全部页面（${number(cached.files)} 个文件）已保存在本机：断网时也能浏览全站、查找和搜索。`
      : state?.complete
        ? '离线副本正在更新到最新的目录……'
        : `查找和全文搜索已可离线使用${savedPages}。下载全部页面后，断网时也能浏览全站。`;
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    const persisted = await navigator.storage?.persisted?.().catch(() => false);
    const usage = estimate?.usage === undefined ? '未知' : formatBytes(estimate.usage);
    const keeping = persisted ? '（已设为持久保存）' : '（空间不足时浏览器可能清除）';
    const facts: [string, string][] = [
      ['本机目录版本', state ? formatVersion(state.version, state.date) : '无'],
      ...(state && !current ? [['网站目录版本', formatVersion(worker.version, worker.date)] as [string, string]] : []),
      ['占用空间', `${usage}${keeping}`],
    ];
    this.facts.replaceChildren(
      ...facts.map(([term, value]) => makeElement('div', {}, [makeElement('dt', {}, [term]), makeElement('dd', {}, [value])])),
    );
    this.renderButtons(progress, { complete, pages: cached.pages });
  }

  private renderProgress(progress: Progress): void {
    const { phase } = progress;
    const showing = phase === 'checking' || phase === 'downloading' || phase === 'done' || phase === 'stopped';
    if (showing) this.progressBox.hidden = false;
    if (phase === 'checking') {
      this.progressBar.removeAttribute('value');
      this.counts.textContent = '正在读取文件清单……';
    } else if (progress.bytesTotal > 0) {
      this.progressBar.max = progress.bytesTotal;
      this.progressBar.value = progress.bytesDone;
      const files = `${number(progress.filesDone)} / ${number(progress.filesTotal)} 个文件`;
      this.counts.textContent = `${files} · ${formatBytes(progress.bytesDone)} / ${formatBytes(progress.bytesTotal)}`;
    }
    const quarter = progress.bytesTotal > 0 ? Math.floor((4 * progress.bytesDone) / progress.bytesTotal) : 0;
    if (phase !== this.lastPhase || (phase === 'downloading' && quarter !== this.lastQuarter)) {
      const percent = progress.bytesTotal > 0 ? Math.floor((100 * progress.bytesDone) / progress.bytesTotal) : 0;
      if (phase === 'checking') this.live.textContent = progress.refresh ? '正在更新离线副本……' : '开始下载……';
      if (phase === 'downloading') {
        this.live.textContent = `${progress.refresh ? '正在更新离线副本' : '正在下载'}：${percent}%`;
      }
      if (phase === 'done') {
        this.live.textContent = progress.refresh
          ? `离线副本已更新：下载了 ${number(progress.filesFetched)} 个有变化的文件。`
          : `下载完成：全部 ${number(progress.filesTotal)} 个文件已可离线使用。`;
      }
      if (phase === 'stopped') this.live.textContent = STOPPED[progress.stopReason ?? 'network'];
    }
    this.lastPhase = phase;
    this.lastQuarter = quarter;
  }

  private renderButtons(progress: Progress, cached?: { complete: boolean; pages: number }): void {
    const running = offlineCopy.running;
    const hadFocus = this.contains(document.activeElement) ? (document.activeElement as HTMLElement) : undefined;
    this.cancelButton.hidden = !running;
    if (cached) {
      this.downloadButton.hidden = running || cached.complete;
      this.downloadButton.textContent = progress.phase === 'stopped' && progress.filesDone > 0 ? '继续下载' : '下载全部页面';
      this.removeButton.hidden = cached.pages === 0 && !cached.complete;
    } else {
      this.downloadButton.hidden = true;
    }
    this.removeButton.disabled = running;
    // A button that disappears under the keyboard focus hands it to the next useful control.
    if (hadFocus?.hidden || (hadFocus as HTMLButtonElement | undefined)?.disabled) {
      const next = [this.cancelButton, this.downloadButton, this.removeButton].find((button) => !button.hidden && !button.disabled);
      (next ?? this.querySelector<HTMLElement>('.offline-panel-title'))?.focus();
    }
  }
}

if (!customElements.get('offline-panel')) customElements.define('offline-panel', OfflinePanel);

declare global {
  interface HTMLElementTagNameMap {
    'offline-panel': OfflinePanel;
  }
}

let dialog: HTMLDialogElement | undefined;

/** The header button's dialog: one per page, created on first use. */
export function openOfflineDialog(): void {
  if (!dialog) {
    const close = makeElement('button', { type: 'button', class: 'offline-dialog-close' }, ['关闭']);
    const panel = makeElement('offline-panel', { class: 'offline-panel' });
    dialog = makeElement('dialog', { class: 'offline-dialog', 'aria-label': '离线使用' }, [panel, close]);
    close.addEventListener('click', () => dialog!.close());
    // A click on the backdrop (outside the dialog's box) closes it, as Escape does.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    document.body.append(dialog);
  }
  dialog.showModal();
}
