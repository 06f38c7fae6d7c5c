/**
 * `npm run explain [-- "<text>"]` (or text on stdin): the catalog codes a log, API response or error
 * message mentions, best first, one per line with system, title and URL (public when SITE_URL is set),
 * and why each was picked. Exit status 1 when the text names no catalog code, for CI log scanning.
 * The same reading as the site's lookup box (src/lookup/), against the same index.
 */
import { text as readStream } from 'node:stream/consumers';
import { loadCatalog } from '../src/catalog/load-catalog.ts';
import { makeCodeIndex } from '../src/exports/code-index.ts';
import { parseCodeQuery } from '../src/lookup/code-query.ts';
import { extractErrorText } from '../src/lookup/error-text.ts';
import { guessDomain } from '../src/lookup/guess-domain.ts';
import { matchMessages } from '../src/lookup/match-messages.ts';
import { parsePaste } from '../src/lookup/parse-paste.ts';
import { getPasteHits, type PasteHit } from '../src/lookup/paste-hits.ts';
import { runMain } from '../src/node/run-command.ts';
import { getSiteConfig } from '../src/site-config.ts';
import { makeAbsoluteUrl } from '../src/urls.ts';

export async function main(args = process.argv.slice(2), input: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const config = getSiteConfig(process.env);
  const text = args.length > 0 ? args.join(' ') : await readStream(input);
  if (text.trim() === '') {
    console.error('Nothing to explain: pass the text as an argument or on stdin, e.g.  echo "ErrorCode: 70001" | npm run explain --silent');
    return 2;
  }
  const index = makeCodeIndex(await loadCatalog('.', config.catalogDir), { base: config.base });
  const format = (hit: PasteHit) =>
    `${hit.label}\t${hit.systemName}\t${hit.title}\t${makeAbsoluteUrl(hit.url, config.site)}\t${hit.match.reasons.join('；')}`;
  const hits = getPasteHits(index, parsePaste(text, index), text);
  if (hits.length > 0) {
    for (const hit of hits) console.log(format(hit));
    return 0;
  }
  // Like the lookup box: a text that is only a number is a code the catalog lacks, placed by its digits.
  const code = parseCodeQuery(text);
  if (code !== undefined) {
    const guess = guessDomain(index, code);
    console.error(`The catalog has no code ${code}.`);
    if (guess)
      console.error(
        `By its digits it may belong to ${guess.systemName} ${guess.domainName}: ${makeAbsoluteUrl(guess.domainUrl, config.site)}`,
      );
    return 1;
  }
  console.error('No catalog code found in the text.');
  const byMessage = getPasteHits(index, matchMessages(extractErrorText(text) || text, index, 3), text);
  if (byMessage.length > 0) {
    console.error('Codes whose message matches its error text:');
    for (const hit of byMessage) console.error(format(hit));
  }
  return 1;
}

if (import.meta.main) await runMain(main);
