/** "复制链接" and "复制为工单引用" on code pages. */
import { makeElement } from './dom.ts';

/** The address to paste: the canonical one when the site URL is configured, else this page's. */
function getShareUrl(path: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  return canonical?.href ?? new URL(path, location.href).href;
}

/** `[腾讯云 IM 10010：群组不存在](https://…)`, with brackets in the label kept literal. */
function makeCitation(label: string, url: string): string {
  return `[${label.replace(/([\\[\]])/g, '\\$1')}](${url.replace(/[()]/g, (character) => encodeURIComponent(character))})`;
}

/** The async Clipboard API needs a secure context; plain http on a LAN address falls back. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const field = makeElement('textarea', { readonly: true, style: 'position: fixed; opacity: 0' });
  field.value = text;
  document.body.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  if (!copied) throw new Error('copy command refused');
}

for (const container of document.querySelectorAll<HTMLElement>('.share-buttons')) {
  const status = makeElement('span', { class: 'share-status', role: 'status', 'aria-live': 'polite' });
  container.append(
    makeElement('button', { type: 'button', 'data-copy': 'link' }, ['复制链接']),
    makeElement('button', { type: 'button', 'data-copy': 'citation' }, ['复制为工单引用']),
    status,
  );
  const url = getShareUrl(container.dataset.sharePath!);
  const texts: Record<string, string> = { link: url, citation: makeCitation(container.dataset.shareLabel!, url) };
  const confirmations: Record<string, string> = { link: '已复制链接', citation: '已复制工单引用' };
  const copy = async (kind: string) => {
    try {
      await copyText(texts[kind]!);
      status.textContent = `${confirmations[kind]}：${texts[kind]}`;
    } catch {
      status.textContent = `复制失败，请手动复制：${texts[kind]}`;
    }
  };
  for (const button of container.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.addEventListener('click', () => void copy(button.dataset.copy!));
  }
  container.hidden = false;
}
