/**
 * Jest: two projects.
 *
 * - `lwc`: component tests (`lwc-ts/**\/__tests__/*.test.ts`) run by sfdx-lwc-jest against the
 *   TypeScript sources in `lwc-ts/`, never against the generated bundles in `force-app`.
 *   sfdx-lwc-jest 7 ships no `jest-preset.js`, so its exported `jestConfig` is spread here (that is
 *   what `preset` would load). Its transformer strips TypeScript itself and turns imports of
 *   `@salesforce/apex/*`, `@salesforce/schema/*`, `@salesforce/label/*`, `@salesforce/user/*` ... into
 *   overridable defaults; its resolver serves `lightning/*` stubs. Mapped here: `c/<name>` to
 *   `lwc-ts/<part>/<name>/<name>.ts`, and the mocks below (`testMocks`).
 * - `scripts`: tooling tests (`scripts/**\/__tests__/*.test.ts`) in node, TypeScript stripped by
 *   babel-jest configured inline (no babel config file in the repo). They may import
 *   `lwc-ts/...` modules too.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { jestConfig: lwcJestConfig } = require('@salesforce/sfdx-lwc-jest/config');

const ROOT = __dirname;
const LWC_TS = path.join(ROOT, 'lwc-ts');
/** lwc-ts folders that hold no components: declarations, and the component tests' own mocks. */
const NOT_COMPONENT_PARTS = new Set(['types', 'testing']);

/**
 * Mocks served by module name, as lwc-recipes does: every `@salesforce/apex/<Class>.<method>` is its
 * generated `jest.fn()` (drive it with `apexMock()` from lwc-ts/testing/apexMocks.ts), and the lightning
 * modules whose stock stubs do too little are ours (validation, navigation), over the stock stubs.
 */
const STOCK_STUBS = path.join(
  path.dirname(require.resolve('@salesforce/sfdx-lwc-jest/package.json')),
  'src/lightning-stubs',
);
const testMocks = {
  '^@salesforce/apex/(\\w+\\.\\w+)$': '<rootDir>/lwc-ts/types/generated/apex-mocks/$1.js',
  '^lightning/(input|combobox|textarea|dualListbox|radioGroup|navigation|uiRecordApi)$':
    '<rootDir>/lwc-ts/testing/lightning/$1/$1.ts',
  '^lightning-stubs/(\\w+)$': `${STOCK_STUBS}/$1/$1.js`,
};

/** `^c/<name>$` → `<rootDir>/lwc-ts/<part>/<name>/<name>.ts` for every component folder. */
function componentMappings() {
  const map = {};
  if (!fs.existsSync(LWC_TS)) return map;
  for (const part of fs.readdirSync(LWC_TS).sort()) {
    if (NOT_COMPONENT_PARTS.has(part) || part.startsWith('.')) continue;
    const partDir = path.join(LWC_TS, part);
    if (!fs.statSync(partDir).isDirectory()) continue;
    for (const name of fs.readdirSync(partDir).sort()) {
      for (const ext of ['.ts', '.js']) {
        const file = path.join(partDir, name, name + ext);
        if (fs.existsSync(file)) {
          map[`^c/${name}$`] = `<rootDir>/lwc-ts/${part}/${name}/${name}${ext}`;
          break;
        }
      }
    }
  }
  return map;
}

const ignored = ['/node_modules/', '<rootDir>/force-app/', '<rootDir>/.workbench/', '<rootDir>/artifacts/'];

// One LWC version everywhere: the hoisted @lwc/jest-transformer compiles with the top-level
// @lwc/compiler (9.x, same as `npm run build` and the workbench), so tests run on the same 9.x engine
// rather than the 8.x that sfdx-lwc-jest nests (a mismatch logs "engine is v8, template compiled with
// v9"). LWC 9 ships its engine as ESM only: babel-jest turns those two bundles into CommonJS once
// (jest caches the result).
const lwcEngine = require.resolve('@lwc/engine-dom');
const lwcRuntime = {
  '^lwc$': lwcEngine,
  '^@lwc/engine-dom$': lwcEngine,
  '^@lwc/synthetic-shadow$': require.resolve('@lwc/synthetic-shadow'),
};

// ESM → CommonJS for jest, resolved through @babel/preset-typescript (whose dependency it is).
const babelTsDir = path.dirname(require.resolve('@babel/preset-typescript/package.json'));
const modulesCommonjs = require.resolve('@babel/plugin-transform-modules-commonjs', { paths: [babelTsDir] });
const esmToCjs = [
  'babel-jest',
  { babelrc: false, configFile: false, compact: false, plugins: [modulesCommonjs] },
];

/** @type {import('jest').Config} */
module.exports = {
  // The slowest suites first, from a checked-in timing file when jest has no durations cached.
  testSequencer: path.join(ROOT, 'scripts/test/jest-sequencer.cjs'),
  projects: [
    {
      ...lwcJestConfig,
      displayName: 'lwc',
      rootDir: ROOT,
      roots: ['<rootDir>/lwc-ts'],
      testMatch: ['**/__tests__/**/*.test.ts'],
      // `__tests__/data/*.json` fixtures, as in lwc-recipes
      moduleFileExtensions: [...lwcJestConfig.moduleFileExtensions, 'json'],
      moduleNameMapper: { ...lwcRuntime, ...testMocks, ...componentMappings() },
      transform: {
        '/node_modules/@lwc/(engine-dom|synthetic-shadow)/dist/index\\.js$': esmToCjs,
        ...lwcJestConfig.transform,
      },
      transformIgnorePatterns: [
        '/node_modules/(?!(.*@lwc/state)|(.*@salesforce/sfdx-lwc-jest/src/lightning-stubs)|(@lwc/(engine-dom|synthetic-shadow)/dist/))',
      ],
      testPathIgnorePatterns: ignored,
      modulePathIgnorePatterns: ['<rootDir>/force-app/', '<rootDir>/.workbench/', '<rootDir>/artifacts/'],
      collectCoverageFrom: ['lwc-ts/**/*.ts', '!lwc-ts/**/__tests__/**', '!lwc-ts/types/**'],
    },
    {
      displayName: 'scripts',
      rootDir: ROOT,
      roots: ['<rootDir>/scripts'],
      testEnvironment: 'node',
      testMatch: ['<rootDir>/scripts/**/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ignored,
      modulePathIgnorePatterns: ['<rootDir>/force-app/', '<rootDir>/.workbench/', '<rootDir>/artifacts/'],
      moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
      moduleNameMapper: componentMappings(),
      transform: {
        '^.+\\.ts$': [
          'babel-jest',
          {
            babelrc: false,
            configFile: false,
            presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
            plugins: [modulesCommonjs],
          },
        ],
      },
      collectCoverageFrom: ['scripts/**/*.ts', '!scripts/**/__tests__/**'],
    },
  ],
};
