// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist-*/', '.astro/', '.bench/', '.tmp/', 'src/content/docs*/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  // The type-checked presets: floating promises and `any` leaking out of JSON.parse are the mistakes worth catching here.
  // Not `strict`: with noUncheckedIndexedAccess, `array[i]!` is how this code states an index it has just checked.
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern, even an empty one.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // Prettier wraps code at 140 but not strings, regexes or comments; long ones are split or named instead.
      'max-len': ['error', { code: 140, tabWidth: 2 }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test awaits the promises test() and describe() return; awaiting them by hand would serialise nothing.
        { allowForKnownSafeCalls: [{ from: 'package', name: ['test', 'describe', 'it'], package: 'node:test' }] },
      ],
    },
  },
  ...getRuntimeConfigs(),
  {
    // The type checker sees no types in .astro files (tsc does not read them either), and the config files are plain JavaScript.
    files: ['**/*.astro', '**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);

/**
 * Where code runs, one block per world. In .ts files TypeScript, not no-undef, resolves names, so the
 * globals below matter to .js/.mjs files; what keeps each world's code out of the others is the two
 * restricting rules: page and worker code never reach for Node, the worker never for the page.
 * Everything else runs in Node: scripts/, tests/, the config files, and src/ at build time; a few of its
 * pure modules (src/lookup/, src/urls.ts, src/catalog/queries.ts) are bundled into page code as well.
 * .astro files keep the Astro plugin's globals: Node for the frontmatter, the browser for <script>.
 */
function getRuntimeConfigs() {
  /** @param {Record<string, unknown>} scope */
  const names = (scope) => new Set(Object.keys(scope));
  const [page, worker, node] = [names(globals.browser), names(globals.serviceworker), names(globals.node)];
  /** The names of `set` that none of `without` has. @param {Set<string>} set @param {Set<string>[]} without */
  const pick = (set, ...without) => [...set].filter((name) => !without.some((other) => other.has(name)));
  const shared = Object.fromEntries(Object.entries(globals.browser).filter(([name]) => worker.has(name)));
  /** @param {string[]} list @param {string} message */
  const forbid = (list, message) => list.map((name) => ({ name, message }));
  const nodeOnly = forbid(pick(node, page, worker), 'Node only: this code runs in the browser.');
  const pageOnly = forbid(pick(page, worker), 'Page only: the service worker has no DOM and no window.');
  const workerOnly = forbid(pick(worker, page), 'Service worker only: this code also runs in the page.');
  /** @param {{ name: string; message: string }[][]} lists @returns {import('eslint').Linter.RuleEntry} */
  const restrictGlobals = (...lists) => ['error', ...lists.flat()];
  const nodeModules = { group: ['node:*', ...builtinModules], message: 'Node only: this code runs in the browser.' };
  const buildOnly = ['**/node/**', '**/integrations/**', '**/markdown/**', '**/importer/**'];
  /** @param {string[]} folders @param {string} message @returns {import('eslint').Linter.RuleEntry} */
  const restrictImports = (folders, message) => [
    'error',
    { patterns: [nodeModules, { group: [...buildOnly, ...folders], message, allowTypeImports: true }] },
  ];
  return [
    {
      files: ['**/*.{js,mjs,ts}'],
      ignores: ['src/browser/**', 'src/worker/**', 'src/offline/**', '**/*.astro/*'],
      languageOptions: { globals: globals.node },
    },
    {
      // Callbacks handed to page.evaluate() run in the page.
      files: ['tests/e2e/**'],
      languageOptions: { globals: globals.browser },
    },
    {
      // The page: scripts the .astro components load.
      files: ['src/browser/**'],
      languageOptions: { globals: globals.browser },
      rules: {
        'no-restricted-globals': restrictGlobals(nodeOnly, workerOnly),
        '@typescript-eslint/no-restricted-imports': restrictImports(['**/worker/**'], 'Build time or worker code: not for the page.'),
      },
    },
    {
      // The service worker, bundled by src/integrations/service-worker.ts after the build.
      files: ['src/worker/**'],
      languageOptions: { globals: globals.serviceworker },
      rules: {
        'no-restricted-globals': restrictGlobals(nodeOnly, pageOnly),
        '@typescript-eslint/no-restricted-imports': restrictImports(['**/browser/**'], 'Build time or page code: not for the worker.'),
      },
    },
    {
      // Shared by the page and the worker: only what both have.
      files: ['src/offline/**'],
      languageOptions: { globals: shared },
      rules: {
        'no-restricted-globals': restrictGlobals(nodeOnly, pageOnly, workerOnly),
        '@typescript-eslint/no-restricted-imports': restrictImports(
          ['**/browser/**', '**/worker/**'],
          'Shared code imports shared code only.',
        ),
      },
    },
  ];
}
