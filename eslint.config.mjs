// ESLint (flat config): typescript-eslint's recommended rules, React's hook rules, no import cycles,
// and the layer rules of shared/conventions.md (README, "Layers"), which a test used to check by regex.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Which layers each layer of src/ may import (one direction of dependency). */
export const LAYERS = {
  shared: [],
  siebel: ['shared'],
  metadata: ['shared'],
  store: ['shared', 'metadata'],
  sync: ['shared', 'siebel', 'metadata', 'store'],
  host: ['shared'],
  // The words a person reads, in their language: catalogs, and the wording of the sync's progress and reports.
  i18n: ['shared', 'sync'],
  taskpane: ['shared', 'sync', 'store', 'metadata', 'host', 'i18n'],
  commands: ['shared', 'sync', 'store', 'host', 'i18n'],
  cli: ['shared', 'sync', 'store', 'siebel', 'metadata', 'i18n'],
  // The simulator speaks Siebel's XML on its own: a bug on one side cannot hide in shared code.
  simulator: [],
};

const layerNames = Object.keys(LAYERS);

/** One `no-restricted-paths` zone per layer: the layers it may not import. */
const layerZones = layerNames.map((layer) => ({
  target: `./src/${layer}`,
  from: layerNames
    .filter((other) => other !== layer && !LAYERS[layer].includes(other))
    .map((other) => `./src/${other}`),
  message: `The "${layer}" layer may import only: ${LAYERS[layer].join(', ') || 'nothing of the client'} (README, "Layers").`,
}));

/** Another layer is imported through its index.ts, never by a path inside it. */
const throughIndex = (layer) => ({
  group: LAYERS[layer].map((other) => `**/${other}/**`),
  message: 'Import another layer through its index.ts (its public surface), not a file inside it.',
});

const officeOutsideHost = {
  selector: "MemberExpression[object.name='Office']",
  message: 'Office.* is touched only in src/host (the one layer that knows Outlook).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**', 'bench-results*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // The import graph of TypeScript files, resolved as the bundler does (extensionless relative imports).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // A variable a closure reads before its one assignment (a fake set later in a test) stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  ...layerNames.map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(LAYERS[layer].length > 0 ? [throughIndex(layer)] : []),
            ...(layer === 'taskpane'
              ? []
              : [
                  {
                    group: ['react', 'react-dom', 'react/*', '@fluentui/*'],
                    message: 'React and Fluent UI belong to the task pane only.',
                  },
                ]),
          ],
        },
      ],
      ...(layer === 'host' ? {} : { 'no-restricted-syntax': ['error', officeOutsideHost] }),
    },
  })),
  {
    files: ['src/taskpane/**/*.tsx', 'src/taskpane/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    // The two classic hook rules. The React Compiler's rules of the plugin's recommended set (refs
    // read in render, setState in effects…) are for code the compiler rewrites; we do not use it.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
