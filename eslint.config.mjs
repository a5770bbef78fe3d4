import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'bin/**', '*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is free of Office, DOM, file I/O and libraries of the doors.
    files: ['src/budget/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'fs',
            'node:*',
            'path',
            'exceljs',
            'react',
            'react-dom',
            '@fluentui/*',
            '../excel/*',
            '../xlsx/*',
            '../taskpane/*',
            '../cli/*',
            '../workbook/*',
            '../layout/*',
          ],
        },
      ],
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
);
