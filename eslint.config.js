import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'worker_threads', 'stream'];
const nativeOrBackendOnly = ['better-sqlite3', 'pdfkit'];
/** The features other features are meant to use (ARCHITECTURE.md, renderer). */
const sharedFeatures = ['people', 'processes', 'files', 'history', 'identity', 'common'];

/** Import bans for one layer (ARCHITECTURE.md §3), in French and English for whoever trips on them. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.native/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  // Rules that read types: a promise nobody awaits or voids, and a switch that forgets a case of its union.
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        project: ['./shared/tsconfig.json', './renderer/tsconfig.json', './electron/tsconfig.json', './tests/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  // No function over 120 lines outside the tests: a longer one is split by responsibility into parts named
  // for what they hold, composed where it stood.
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['tests/**'],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, ...nativeOrBackendOnly, 'electron', 'react', 'react-dom', '**/renderer/**', '**/electron/**'],
      'shared/ is pure TypeScript: no Node, DOM, Electron, React, nor imports from other layers.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, ...nativeOrBackendOnly, 'electron', '**/electron/**'],
        'renderer/ imports shared/ only: it talks to the backend through src/api.',
      ),
    },
  },
  {
    // A feature imports only ui/, api/, app/, i18n/, shared/ and the features others are meant to use
    // (what several features share lives in features/common); never another feature's files.
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, ...nativeOrBackendOnly, 'electron', '**/electron/**'],
              message: 'renderer/ imports shared/ only: it talks to the backend through src/api.',
            },
            {
              regex: `^\\.\\./(?!(${sharedFeatures.join('|')})/)[a-z-]+/`,
              message: `A feature imports ui/, api/, app/, i18n/, shared/ and the shared features (${sharedFeatures.join(', ')}) only: move what several features need to features/common or ui/.`,
            },
          ],
        },
      ],
    },
  },
  {
    // The contract's schemas are built when its module loads: the renderer names its types only,
    // or the first screen builds every method's zod schemas before it draws (about 100 ms).
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/api/contract', '**/shared/api/transport', '**/shared/api/methods/*'],
              allowTypeImports: true,
              message: 'The renderer imports the contract for its types only (import type): its schemas would load with the first screen.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(
      ['electron', 'react', 'react-dom', '**/renderer/**', '**/main/**', '**/preload/**'],
      'The backend is host-agnostic: no electron, no renderer code.',
    ),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(
      ['react', 'react-dom', '**/renderer/**', 'pdfkit'],
      'Electron main/preload host the backend; they do not import the renderer.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      ['react', 'react-dom', '**/renderer/**', '**/backend/**', ...nodeBuiltins, ...nativeOrBackendOnly],
      'The sandboxed preload imports only electron and shared/.',
    ),
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'tests/**/*.ts', 'bench/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
);
