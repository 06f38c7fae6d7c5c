/**
 * `npm run import [-- --out DIR] [-- --force]`: writes the catalog files made from content/sources/.
 * The catalog is edited by hand after the first import, so existing files are kept unless --force.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { importSources, SOURCE_FILES } from '../src/importer/import-sources.ts';
import { isPresent } from '../src/node/fs.ts';
import { runMain } from '../src/node/run-command.ts';

export async function main(args = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: '.' }, force: { type: 'boolean', default: false } } });
  const read = (file: string) => readFile(join('content/sources', file), 'utf8');
  const files = importSources({ wildfirechat: await read(SOURCE_FILES.wildfirechat), tencent: await read(SOURCE_FILES.tencent) });
  const blocked: string[] = [];
  for (const file of files) if (!values.force && (await isPresent(join(values.out, file.path)))) blocked.push(file.path);
  if (blocked.length > 0) {
    console.error(`Not overwriting ${blocked.length} existing catalog files (they may hold hand edits), e.g. ${blocked[0]}.`);
    console.error('Import into a scratch directory with --out /tmp/import, or overwrite with --force.');
    return 1;
  }
  for (const file of files) {
    const path = join(values.out, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
  console.log(`Wrote ${files.length} catalog files under ${join(values.out, 'content/catalog')}.`);
  return 0;
}

if (import.meta.main) await runMain(main);
