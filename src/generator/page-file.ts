/** A generated Markdown page: YAML frontmatter with a do-not-edit stamp, then the body. */
import { stringify } from 'yaml';

export interface GeneratedFile {
  /** Relative to `src/content/docs/`. */
  path: string;
  text: string;
}

export function makePageFile(path: string, sourceFile: string, frontmatter: Record<string, unknown>, body: readonly string[]): GeneratedFile {
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return {
    path,
    text: `---\n# generated from ${sourceFile} — do not edit; change the catalog and run \`npm run generate\`\n${yaml}---\n\n${body.join('\n\n')}\n`,
  };
}
