// @ts-check
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
      // Scripts and tests run in Node; src/ runs in both (the generator at build time, src/scripts in the browser).
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern, even an empty one.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test awaits the promises test() and describe() return; awaiting them by hand would serialise nothing.
        { allowForKnownSafeCalls: [{ from: 'package', name: ['test', 'describe', 'it'], package: 'node:test' }] },
      ],
    },
  },
  {
    // The type checker sees no types in .astro files (tsc does not read them either), and the config files are plain JavaScript.
    files: ['**/*.astro', '**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
