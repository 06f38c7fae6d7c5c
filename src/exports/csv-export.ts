/** `codes.csv`: one row per code for spreadsheets. Text stays text: no cell can become a formula. */
import type { Catalog } from '../catalog/model.ts';
import { makeAbsoluteUrl, makeUrl } from '../urls.ts';
import { getCodeEntries } from '../catalog/queries.ts';

const HEADER = ['code', 'system', 'domain', 'message', 'handling', 'status', 'url'];

/** RFC 4180 quoting; a leading =, +, -, @ or control character gets a ' so spreadsheets show it as text. */
export function toCsvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function makeCsvExport(catalog: Catalog, options: { base: string; site?: string }): string {
  const rows = getCodeEntries(catalog).map(({ system, domain, code }) => [
    code.code,
    system.name,
    domain.name,
    code.message,
    code.handling ?? '',
    code.status,
    makeAbsoluteUrl(makeUrl({ kind: 'code', system: system.id, code: code.code }, { base: options.base }), options.site),
  ]);
  // The byte-order mark makes Excel read the file as UTF-8, so Chinese text is not garbled.
  return `\ufeff${[HEADER, ...rows].map((row) => row.map(toCsvCell).join(',')).join('\r\n')}\r\n`;
}
