/** A generated Markdown page: YAML frontmatter with a do-not-edit stamp, then the body. */
import { serializeBody, type PageBlock } from './markdown-body.ts';

export interface GeneratedFile {
  /** Relative to `src/content/docs/`. */
  path: string;
  text: string;
}

/**
 * Each value is written as JSON, which YAML reads as it is: exact for any text, and many times faster
 * than a YAML serializer on the generator's hot path.
 */
function toFrontmatter(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}\n`)
    .join('');
}

/** The page at `path` (under `src/content/docs/`), stamped with the catalog file it is generated from. */
export function makePageFile(
  path: string,
  sourceFile: string,
  frontmatter: Record<string, unknown>,
  body: readonly PageBlock[],
): GeneratedFile {
  const stamp = `# generated from ${sourceFile} — do not edit; change the catalog and run \`npm run generate\``;
  return { path, text: `---\n${stamp}\n${toFrontmatter(frontmatter)}---\n\n${serializeBody(body)}` };
}
