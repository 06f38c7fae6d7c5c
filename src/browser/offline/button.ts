/** The header's "离线使用" button: opens the control in a dialog and says when the whole site is kept. */
import { getOfflineStatus, isOfflineSupported } from './client.ts';
import { makeElement } from '../dom.ts';
import { offlineEvents } from './context.ts';

class OfflineButton extends HTMLElement {
  connectedCallback(): void {
    // Without service workers (plain http on another host, old browsers) there is nothing to offer.
    if (!isOfflineSupported()) return;
    this.hidden = false;
    const button = this.querySelector('button')!;
    button.setAttribute('aria-haspopup', 'dialog');
    button.append(makeElement('span', { class: 'offline-button-badge', hidden: true }));
    button.addEventListener('click', () => void import('./panel.ts').then((panel) => panel.openOfflineDialog()));
    const update = () => void this.showState();
    offlineEvents.addEventListener('offline-change', update);
    update();
  }

  private async showState(): Promise<void> {
    const { worker, state } = await getOfflineStatus();
    const badge = this.querySelector<HTMLElement>('.offline-button-badge')!;
    badge.textContent = worker && state?.complete ? (state.version === worker.version ? '已下载' : '更新中') : '';
    badge.hidden = badge.textContent === '';
  }
}

if (!customElements.get('offline-button')) customElements.define('offline-button', OfflineButton);
