/** `codes.csv`: one row per code (per meaning, for a code of several) for spreadsheets. Text stays text: no cell can become a formula. */
import { getMeanings } from '../catalog/meanings.ts';
import type { Catalog } from '../catalog/model.ts';
import type { RetryPolicy } from '../catalog/schema.ts';
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
  'meaning',
  'context',
  'retry_when',
  'retry_wait',
  'retry_initial_delay_seconds',
  'retry_max_delay_seconds',
  'retry_maybe_applied',
  'user_message',
  'causes',
  'vendor_handling',
  'problem',
];

/**
 * RFC 4180 quoting; a leading =, +, -, @ or control character gets a ' so spreadsheets show it as
 * text. A plain negative number ("-6") is a value, not a formula, and stays as it is.
 */
export function toCsvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-\d+$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The retry policy as five cells; all empty when the code has none. */
function getPolicyCells(policy: RetryPolicy | undefined): string[] {
  if (!policy) return ['', '', '', '', ''];
  return [
    policy.when,
    policy.wait ?? '',
    policy.initialDelaySeconds?.toString() ?? '',
    policy.maxDelaySeconds?.toString() ?? '',
    policy.maybeApplied ? 'true' : '',
  ];
}

export function makeCsvExport(catalog: Catalog, options: { base: string; site?: string }): string {
  // One row per meaning, the headline first; `meaning` (its anchor on the page) is empty for a code of one meaning.
  const rows = getCodeEntries(catalog).flatMap(({ system, domain, code }) => {
    const meanings = getMeanings(code);
    return meanings.map((meaning) => {
      const source = getSource(system, meaning.source);
      return [
        code.code,
        meaning.name ?? '',
        system.name,
        domain.name,
        meaning.message,
        getTextBy(source),
        meaning.handling ?? '',
        meaning.category,
        meaning.retry,
        meaning.actor,
        meaning.advice ?? '',
        getCitationUrl(source, meaning.line),
        code.status,
        makeAbsoluteUrl(makeUrl({ kind: 'code', system: system.id, code: code.code }, { base: options.base }), options.site),
        meanings.length > 1 ? meaning.id : '',
        meaning.context ?? '',
        ...getPolicyCells(meaning.retryPolicy),
        meaning.userMessage ?? '',
        // One cell: "cause → fix" pairs, one per line, so a spreadsheet shows them as a list.
        (meaning.causes ?? []).map((cause) => `${cause.cause} → ${cause.fix}`).join('\n'),
        meaning.vendorHandling?.says ?? '',
        meaning.problem ?? '',
      ];
    });
  });
  // The byte-order mark makes Excel read the file as UTF-8, so Chinese text is not garbled.
  return `\ufeff${[HEADER, ...rows].map((row) => row.map(toCsvCell).join(',')).join('\r\n')}\r\n`;
}
