import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';

/**
 * The packages the domain (src/budget) may import: zod reads the budget JSON, saxes reads a filed SF-424A's
 * XML. Anything else (Node's modules, a door's library, another folder of src/) is refused: an allow-list,
 * so a new dependency of the domain is a decision made here, not an accident.
 */
const DOMAIN_PACKAGES = ['zod', 'saxes'];
/**
 * Relative imports that stay inside src/budget, for a file `depth` folders below it, and the message catalogs
 * (src/messages, which import nothing): a finding is a key of the catalogs and its data (issue 20).
 */
const insideDomain = (depth) =>
  (depth === 0 ? '\\./' : `\\./|(\\.\\./){1,${depth}}(?!\\.\\./)`) + `|(\\.\\./){${depth + 1}}messages/`;
const domainFence = (depth) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: `^(?!(${DOMAIN_PACKAGES.join('|')})$|(${insideDomain(depth)}))`,
          message: `The domain imports only its own modules, src/messages and ${DOMAIN_PACKAGES.join(', ')} (eslint.config.mjs, DOMAIN_PACKAGES).`,
        },
      ],
    },
  ],
});

/** The pane (the one folder of src/ that may use React: an import of it elsewhere is refused) and its tests. */
const REACT_FILES = ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx', 'test/**/*.tsx'];

/** Microsoft's rules for Office.js: load before read, sync after load, no sync in a loop, isNullObject. */
const officeRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.at(-1).rules).filter(([rule]) => rule.startsWith('office-addins/')),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'bin/**', '*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The libraries loaded when first used, so that the command line starts without them (docs/speed.md):
      // exceljs's Workbook (src/xlsx/xlsxWorkbook.ts) and saxes (src/budget/xmlParser.ts). Nothing else is required.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^exceljs/lib/doc/workbook$', '^saxes$'] }],
    },
  },
  {
    // Where Office.js is called. Not the tests: they read unloaded properties on purpose (the fake must
    // refuse as Excel does), and the rules take exceljs's getCell/getWorksheet for Office proxies.
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx', 'src/addin/**/*.ts'],
    ignores: ['src/excel/fake/**'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
  {
    // Where React is: the pane (src/taskpane, whose .ts files hold hooks too) and the tests that render it.
    // Not the rest of src/, which never imports React (refused below).
    files: REACT_FILES,
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: REACT_FILES,
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // The React Compiler's guesses about refs: they take any object that holds a ref (the pane's core,
      // with its focus targets) for a ref itself, and flag every read of it in render. The pane is not
      // compiled by the React Compiler; no ref's .current is read or written during render (checked by hand
      // when these rules came in: the one render-time write, the chosen State, moved into its setter).
      'react-hooks/refs': 'off',
      'react-hooks/immutability': 'off',
    },
  },
  {
    // React and Fluent only in the pane, where the react-hooks rules run (REACT_FILES). Before the fences
    // below, which set the same rule for the domain and the catalogs (they refuse React too).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/taskpane/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|@fluentui/[^/]+)(/.*)?$',
              message: 'React and Fluent are used in src/taskpane only (eslint.config.mjs, REACT_FILES).',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is free of Office, DOM, file I/O and libraries of the doors.
    files: ['src/budget/*.ts'],
    rules: domainFence(0),
  },
  {
    files: ['src/budget/*/*.ts'],
    rules: domainFence(1),
  },
  {
    files: ['src/budget/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'Excel', 'Office', 'document', 'window'],
    },
  },
  {
    // The catalogs and their rendering: the bottom of the house, words and Intl only.
    files: ['src/messages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['fs', 'node:*', 'path', 'exceljs', 'react', '../budget/*', '../../*'] },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'document', 'window'],
    },
  },
  {
    // Only src/excel touches Excel.*
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/excel/**'],
    rules: {
      'no-restricted-globals': ['error', 'Excel'],
    },
  },
  {
    // A function fits in a reader's head: about 80 lines of code at most (blank lines and comments aside).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
);
