import { getClosest } from '../did-you-mean.ts';
import { formatOtherPlace, makeProblem, type Position, type Problem } from '../problems.ts';
import { getEntries } from './each-code.ts';
import { findDuplicates } from './find-duplicates.ts';
import type { CatalogRule } from './types.ts';

/** A file in a repository (a header, a Java enum) is cited by its line, so a reader lands on the definition. */
const isRepositoryFile = (url: string) => /\/(?:blob|tree)\//.test(url);

/**
 * Every code names a source a reader can open: an id of its system's `sources`, and for a file in a
 * repository, the line that defines it.
 */
export const unknownSource: CatalogRule = {
  name: 'unknown-source',
  check: ({ systems, domains }) => {
    const problems: Problem[] = [];
    for (const system of systems) {
      const located = system.value.sources.map((source, index) => ({ source, at: system.yaml.locate(['sources', index, 'id']) }));
      for (const { item, first } of findDuplicates(located, ({ source }) => source.id)) {
        problems.push(
          makeProblem(
            item.at,
            `duplicate source id "${item.source.id}" (first at ${formatOtherPlace(first.at, item.at)})`,
            'give each source of a system its own id',
          ),
        );
      }
    }
    const sourcesOf = new Map(
      systems.map((system) => [system.value.id, new Map(system.value.sources.map((source) => [source.id, source]))]),
    );
    const check = (system: string, id: string | undefined, line: number | undefined, at: Position, what: string, lineAt: Position) => {
      const sources = sourcesOf.get(system);
      if (!sources) return; // unknown-system reports the domain.
      const resolved = id ?? [...sources.keys()][0]!;
      const source = sources.get(resolved);
      if (!source) {
        const closest = getClosest(resolved, [...sources.keys()]);
        problems.push(
          makeProblem(
            at,
            `${what} cites source "${resolved}", which system "${system}" does not list`,
            `${closest ? `did you mean "${closest}"? ` : ''}sources of "${system}": ${[...sources.keys()].join(', ')}; add the ` +
              `document to its system.yaml first`,
          ),
        );
      } else if (line === undefined && isRepositoryFile(source.url) && source.file === undefined) {
        problems.push(
          makeProblem(
            lineAt,
            `${what} cites the repository file "${source.id}" without a line`,
            'add "line: …", the line that defines the code in the version the source URL points at',
          ),
        );
      }
    };
    for (const domain of domains)
      if (domain.value.source)
        check(
          domain.value.system,
          domain.value.source,
          1,
          domain.yaml.locate(['source']),
          `domain "${domain.value.id}"`,
          domain.yaml.locate(['source']),
        );
    for (const { system, domain, entry, label, locate } of getEntries(domains)) {
      const source = entry.source ?? domain.value.source;
      check(system, source, entry.line, entry.source ? locate('source') : locate(), `code ${label}`, locate());
      if ('newer' in entry)
        entry.newer?.forEach((statement, index) =>
          check(
            system,
            statement.source,
            statement.line,
            locate('newer', index, 'source'),
            `the newer statement on code ${label}`,
            locate('newer', index),
          ),
        );
      if ('code' in entry) {
        // Handling is cited by its document, never by a line (0 keeps the line check quiet).
        const handling = (written: { vendorHandling?: { source: string } }, at: (string | number)[], owner: string) => {
          if (written.vendorHandling)
            check(
              system,
              written.vendorHandling.source,
              0,
              locate(...at, 'vendorHandling', 'source'),
              `the vendor handling of ${owner}`,
              locate(),
            );
        };
        handling(entry, [], `code ${label}`);
        entry.meanings?.forEach((meaning, index) => handling(meaning, ['meanings', index], `meaning "${meaning.id}" of code ${label}`));
        const english = (strings: typeof entry.english, at: (string | number)[], owner: string) =>
          strings?.forEach((string, index) =>
            check(
              system,
              string.source,
              string.line,
              locate(...at, 'english', index, 'source'),
              `an English string of ${owner}`,
              locate(...at, 'english', index),
            ),
          );
        // A spelling that cites no source of its own is defined where its code or meaning is.
        entry.names?.forEach((spelling, index) => {
          if (spelling.source)
            check(
              system,
              spelling.source,
              spelling.line,
              locate('names', index, 'source'),
              `the name ${spelling.name} of code ${label}`,
              locate('names', index),
            );
        });
        english(entry.english, [], `code ${label}`);
        entry.meanings?.forEach((meaning, index) => {
          const what = `meaning "${meaning.id}" of code ${label}`;
          const at = meaning.source ? locate('meanings', index, 'source') : locate('meanings', index);
          check(system, meaning.source ?? source, meaning.line, at, what, locate('meanings', index));
          english(meaning.english, ['meanings', index], what);
        });
      }
    }
    return problems;
  },
};
