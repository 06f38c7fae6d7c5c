/** `codes.csv`: one row per code for spreadsheets. Text stays text: no cell can become a formula. */
import type { Catalog } from '../catalog/model.ts';
import { getCitationUrl, getCodeEntries, getSource, getTextBy } from '../catalog/queries.ts';
import { makeAbsoluteUrl, makeUrl } from '../urls.ts';

const HEADER = [
  'code',
  'name',
  'system',
  'domain',
  'message',
  'text_by',
  'handling',
  'category',
  'retry',
  'actor',
  'advice',
  'source_url',
  'status',
  'url',
];

/**
 * RFC 4180 quoting; a leading =, +, -, @ or control character gets a ' so spreadsheets show it as
 * text. A plain negative number ("-6") is a value, not a formula, and stays as it is.
 */
export function toCsvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-\d+$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function makeCsvExport(catalog: Catalog, options: { base: string; site?: string }): string {
  const rows = getCodeEntries(catalog).map(({ system, domain, code }) => {
    const source = getSource(system, code.source);
    return [
      code.code,
      code.name ?? '',
      system.name,
      domain.name,
      code.message,
      getTextBy(source),
      code.handling ?? '',
      code.category,
      code.retry,
      code.actor,
      code.advice ?? '',
      getCitationUrl(source, code.line),
      code.status,
      makeAbsoluteUrl(makeUrl({ kind: 'code', system: system.id, code: code.code }, { base: options.base }), options.site),
    ];
  });
  // The byte-order mark makes Excel read the file as UTF-8, so Chinese text is not garbled.
  return `\ufeff${[HEADER, ...rows].map((row) => row.map(toCsvCell).join(',')).join('\r\n')}\r\n`;
}
