/** Text for a place that writes it as HTML (Starlight's <title>, src/site/safe-head.ts): `&`, `<` and `>` then stand for themselves. */
export function escapeHtmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
