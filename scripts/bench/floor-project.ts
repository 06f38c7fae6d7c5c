/** The floor: a bare Starlight site with the same number of trivial pages and a one-link sidebar. */
export function makeFloorFiles(pageCount: number, dependencies: Record<string, string>): { path: string; text: string }[] {
  const pages = Array.from({ length: pageCount }, (_, index) => ({
    path: `src/content/docs/page-${index + 1}.md`,
    text: `---\ntitle: Page ${index + 1}\n---\n\nTrivial page ${index + 1}.\n`,
  }));
  return [
    // The same dependencies as the real project: Vite decides from them what to bundle for rendering.
    { path: 'package.json', text: `${JSON.stringify({ type: 'module', private: true, devDependencies: dependencies }, null, 2)}\n` },
    {
      path: 'astro.config.mjs',
      text: `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
  integrations: [starlight({ title: 'Floor', sidebar: [{ label: 'Home', link: '/' }] })],
});
`,
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
    },
    { path: 'src/content/docs/index.md', text: '---\ntitle: Home\n---\n\nHome.\n' },
    ...pages,
  ];
}
