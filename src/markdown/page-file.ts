/** A generated Markdown page: YAML frontmatter with a do-not-edit stamp, then the body. */

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

export function makePageFile(path: string, sourceFile: string, frontmatter: Record<string, unknown>, body: readonly string[]): GeneratedFile {
  return {
    path,
    text: `---\n# generated from ${sourceFile} — do not edit; change the catalog and run \`npm run generate\`\n${toFrontmatter(frontmatter)}---\n\n${body.join('\n\n')}\n`,
  };
}
