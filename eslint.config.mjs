import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'dist-addon/',
      'out/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
  {
    // Jest loads these (environment, sequencer, module mapping) as CommonJS by path.
    files: ['mutation/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The domain is pure: no Apps Script global may be touched there.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'FormApp',
          'MailApp',
          'ScriptApp',
          'LockService',
          'PropertiesService',
          'CacheService',
          'Session',
          'Utilities',
          'HtmlService',
          'DriveApp',
          'DocumentApp',
          'Logger',
        ].map((name) => ({ name, message: 'src/domain is pure: pass data in from src/services.' })),
      ],
    },
  },
);
