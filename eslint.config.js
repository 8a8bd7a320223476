import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'bench-results/**', 'tests/fixtures/**/dist/**', 'lib/policy/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: it runs unchanged in Node, the browser and the CLI.
    files: ['lib/check/**', 'lib/policy/**'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser', 'document', 'window', 'localStorage', 'fetch', 'XMLHttpRequest'],
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'wxt', 'webextension-polyfill', 'node:*'] }],
    },
  },
);
