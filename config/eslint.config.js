/**
 * ESLint 9 flat config (run from the repo root: `eslint -c config/eslint.config.js .`).
 * - Components and their tests (`lwc-ts/<part>/<name>/**`): @salesforce/eslint-config-lwc, TS flavour
 *   (Babel parser with the typescript plugin, as the platform's LWC rules expect).
 * - Tooling (`scripts/**`) and hand-written declarations (`lwc-ts/types/*.d.ts`): typescript-eslint.
 * - Plain JS config files (jest.config.js, this file): node CommonJS.
 * Generated output is never linted.
 */
'use strict';

const globals = require('globals');
const tseslint = require('typescript-eslint');
const lwcRecommendedTs = require('@salesforce/eslint-config-lwc/recommended-ts');
const lwcBase = require('@salesforce/eslint-config-lwc/base');

const COMPONENTS = ['lwc-ts/**/*.ts'];
const DECLARATIONS = ['lwc-ts/types/**/*.d.ts'];
const TOOLING = ['scripts/**/*.ts'];
// Browser-side JS of the tools (workbench client modules, LWC fixtures): ESM with LWC decorators.
const TOOLING_BROWSER_JS = ['scripts/**/*.js'];

const scope = (configs, files, ignores = []) =>
  configs.map((c) => ({ ...c, files, ignores: [...(c.ignores ?? []), ...ignores] }));

module.exports = [
  {
    ignores: [
      '**/node_modules/**',
      'force-app/**/lwc/**',
      'lwc-ts/types/generated/**',
      '.workbench/**',
      'artifacts/**',
      'coverage/**',
      '.sf/**',
      '.sfdx/**',
      'tmp/**',
    ],
  },
  ...scope(lwcRecommendedTs, COMPONENTS, DECLARATIONS),
  {
    files: COMPONENTS,
    ignores: DECLARATIONS,
    // The config's own parser (@babel/eslint-parser + typescript plugin) has no TypeScript scope
    // analysis: type members such as `name: string` trip no-restricted-globals, and core rules crash
    // on overload signatures. typescript-eslint's parser yields the same ESTree (decorators included)
    // for the LWC rules, with a scope manager that understands types.
    languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } },
    rules: {
      // Core rules that tsc already enforces (typescript-eslint's list), and their TS-aware twins.
      ...tseslint.configs.eslintRecommended.rules,
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-use-before-define': 'off',
      // `void promise;` is how TypeScript code marks a deliberately un-awaited promise.
      'no-void': ['error', { allowAsStatement: true }],
      // Formatting belongs to prettier (eslint-config-prettier turns this one off too).
      'no-confusing-arrow': 'off',
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
  },
  {
    files: ['lwc-ts/**/__tests__/**/*.ts'],
    rules: {
      // Tests flush microtasks/timers one after another, inspect markup and mount into the document.
      '@lwc/lwc/no-async-operation': 'off',
      '@lwc/lwc/no-inner-html': 'off',
      '@lwc/lwc/no-document-query': 'off',
      'no-await-in-loop': 'off',
    },
  },
  ...scope(tseslint.configs.recommended, [...TOOLING, ...DECLARATIONS]),
  {
    files: TOOLING,
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: DECLARATIONS,
    rules: {
      // Ambient declarations mirror platform APIs, which are loosely typed in places.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['*.js', 'config/**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  ...scope(lwcBase, TOOLING_BROWSER_JS),
  {
    files: TOOLING_BROWSER_JS,
    languageOptions: { globals: { ...globals.browser, ...globals.jest } },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
];
