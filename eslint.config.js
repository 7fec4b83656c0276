// Lint rules: TypeScript's recommended set, and regular-expression safety (no super-linear
// backtracking: the engine reads hostile text) from eslint-plugin-regexp.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', '**/dist/**', 'packages/detect/corpus/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/require-unicode-regexp': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['packages/detect/src/**/*.ts'],
    ignores: ['packages/detect/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', '@raksa/*'],
              message: 'detect is pure and isomorphic: no Node APIs, no other workspace packages.',
            },
          ],
        },
      ],
    },
  },
  {
    // The chat importers run in the browser too (the web app's chat check).
    files: ['packages/chat/src/**/*.ts'],
    ignores: ['packages/chat/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'chat is isomorphic: no Node APIs.' },
            { group: ['@raksa/*', '!@raksa/detect'], message: 'chat depends on @raksa/detect only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/store/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@raksa/*'], message: 'store imports no other workspace package.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'packages/*/bin/**/*.js', 'packages/*/bench/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
);
