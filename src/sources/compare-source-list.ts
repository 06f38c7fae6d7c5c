/**
 * Pure: one source list against the catalog. Every number the file defines must be cited to the file at
 * its line and with its constant name, be cited to another source on purpose (`elsewhere`), or be left
 * out on purpose (`omitted`); and every code the catalog cites to the file must be in the list.
 */
import { getMeanings } from '../catalog/meanings.ts';
import type { Catalog, CatalogCode, CatalogDomain } from '../catalog/model.ts';
import type { PathSegment } from '../catalog/yaml-file.ts';
import type { LoadedSourceList } from './load-source-lists.ts';
import type { SourceEntry } from './schema.ts';

interface Located {
  domain: CatalogDomain;
  code: CatalogCode;
}

/**
 * The lines a code cites `sourceId` at: its own citation, its further meanings', its constant spellings' and
 * any `newer` statement's.
 */
export function getCitedLines(code: CatalogCode, sourceId: string): (number | undefined)[] {
  const citations = [code, ...(code.meanings ?? []), ...getMeanings(code).flatMap((meaning) => meaning.names), ...(code.newer ?? [])];
  return [...new Set(citations.filter((citation) => citation.source === sourceId).map((citation) => citation.line))];
}

/** Every constant spelling of a code, across its meanings. */
function getAllNames(code: CatalogCode): Set<string> {
  return new Set(getMeanings(code).flatMap((meaning) => meaning.allNames));
}

/** `owner/name`, commit and path of a GitHub file URL, or undefined for any other address. */
export function parseFileUrl(url: string): { repository: string; commit: string; path: string } | undefined {
  const match = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/([0-9a-f]{40})\/([^#?]+)$/.exec(url);
  return match ? { repository: match[1]!, commit: match[2]!, path: decodeURIComponent(match[3]!) } : undefined;
}

/** Every disagreement, as `file:line:col: problem` lines pointing into the list; none when the two agree. */
export function getSourceListMismatches(catalog: Catalog, loaded: LoadedSourceList): string[] {
  const { list, yaml, file } = loaded;
  const problems: string[] = [];
  const report = (path: PathSegment[], message: string) => {
    const at = yaml.locate(path);
    problems.push(`${file}:${at.line}:${at.column}: ${message}`);
  };
  const system = catalog.systems.find((candidate) => candidate.id === list.system);
  if (!system) {
    report(['system'], `the catalog has no system "${list.system}"`);
    return problems;
  }
  const source = system.sources.find((candidate) => candidate.id === list.source);
  if (!source) {
    report(['source'], `${system.file} has no source "${list.source}"`);
    return problems;
  }
  checkAddress(source.url, loaded, system.file, report);

  const byNumber = new Map<string, Located>(system.domains.flatMap((domain) => domain.codes.map((code) => [code.code, { domain, code }])));
  const definitions = new Map<string, { entry: SourceEntry; index: number }[]>();
  list.entries.forEach((entry, index) => definitions.set(entry.code, [...(definitions.get(entry.code) ?? []), { entry, index }]));
  const placed = new Map<string, PathSegment[]>();
  const place = (code: string, path: PathSegment[]) => {
    if (!definitions.has(code)) report(path, `code ${code} is not an entry of this list; list only numbers the file defines`);
    if (placed.has(code)) report(path, `code ${code} is listed twice under omitted/elsewhere; keep one`);
    placed.set(code, path);
  };

  list.omitted.forEach(({ code }, index) => {
    place(code, ['omitted', index, 'code']);
    const found = byNumber.get(code);
    if (found) report(['omitted', index, 'code'], `code ${code} is listed as omitted, but the catalog has it (${found.domain.file})`);
  });
  list.elsewhere.forEach((group, groupIndex) => {
    const where = ['elsewhere', groupIndex, 'source'];
    if (group.source === list.source) report(where, `elsewhere names this list's own source; list these codes as cited instead`);
    else if (!system.sources.some((candidate) => candidate.id === group.source))
      report(where, `${system.file} has no source "${group.source}"`);
    group.codes.forEach((code, index) => {
      place(code, ['elsewhere', groupIndex, 'codes', index]);
      const found = byNumber.get(code);
      if (!found)
        report(['elsewhere', groupIndex, 'codes', index], `code ${code}: listed as cited to ${group.source}, but the catalog lacks it`);
      else if (found.code.source !== group.source)
        report(
          ['elsewhere', groupIndex, 'codes', index],
          `code ${code}: listed as cited to ${group.source}, but the catalog cites ${found.code.source} (${found.domain.file})`,
        );
    });
  });

  for (const [code, defined] of definitions) {
    if (placed.has(code)) continue;
    const first = defined[0]!;
    const path = ['entries', first.index];
    const label = `code ${code} (line ${defined.map((d) => d.entry.line).join(', ')}${first.entry.name ? `, ${first.entry.name}` : ''})`;
    const found = byNumber.get(code);
    if (!found) {
      report(path, `${label}: in the source, not in the catalog; add it, or list it under omitted with a reason`);
      continue;
    }
    const lines = getCitedLines(found.code, list.source);
    if (lines.length === 0) {
      report(path, `${label}: the catalog cites ${found.code.source} (${found.domain.file}); cite this file, or list it under elsewhere`);
      continue;
    }
    for (const line of lines) {
      const match = defined.find((d) => d.entry.line === line);
      if (!match) {
        report(
          path,
          `${label}: the catalog (${found.domain.file}) cites line ${line ?? '(none)'}, the source defines it at the line given here`,
        );
        continue;
      }
      const name = found.code.name;
      if (name !== undefined && (match.entry.name === undefined || !getAllNames(found.code).has(match.entry.name)))
        report(
          ['entries', match.index],
          `code ${code}: the catalog (${found.domain.file}) names it ${name}, the source's line ${line} ` +
            `${match.entry.name ? `names it ${match.entry.name}` : 'names no constant'}`,
        );
    }
  }

  for (const { domain, code } of byNumber.values()) {
    if (getCitedLines(code, list.source).length > 0 && !definitions.has(code.code))
      report(['entries'], `code ${code.code} of ${domain.file} cites ${list.source}, but the source defines no ${code.code}`);
  }
  return problems;
}

/** The list must have been read where system.yaml says the catalog read it, or say why not. */
function checkAddress(url: string, { list }: LoadedSourceList, systemFile: string, report: (path: PathSegment[], message: string) => void) {
  const cited = parseFileUrl(url);
  if (!cited) {
    report(['source'], `${systemFile} gives ${list.source} the address ${url}, not a GitHub file at a commit (…/blob/<commit>/<path>)`);
    return;
  }
  if (cited.repository !== list.repository) report(['repository'], `${systemFile} cites the repository ${cited.repository}`);
  if (cited.path !== list.path) report(['path'], `${systemFile} cites the path ${cited.path}`);
  if (cited.commit !== list.commit && list.commitNote === undefined)
    report(['commit'], `${systemFile} cites commit ${cited.commit}; read the list there, or say in commitNote why not`);
}
