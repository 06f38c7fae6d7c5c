/** On a domain listed in parts, `#10010` (from links made before the split) goes to the part holding it. */
import { compareCodes } from '../catalog/compare-codes.ts';

const holder = document.querySelector<HTMLElement>('[data-code-parts]');
const code = decodeURIComponent(location.hash.slice(1));
if (holder && /^\d+$/.test(code) && !document.getElementById(code)) {
  const parts = JSON.parse(holder.dataset.codeParts!) as [string, string, string][];
  const part = parts.find(([first, last]) => compareCodes({ code: first }, { code }) <= 0 && compareCodes({ code }, { code: last }) <= 0);
  if (part) location.replace(`${part[2]}#${code}`);
}
