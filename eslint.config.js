// Lint: the recommended JS and TypeScript rules, plus the house rule that pure layers stay pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const platformImports = {
  patterns: [
    {
      group: [
        'discord.js',
        '@slack/*',
        '@napi-rs/canvas',
        'sharp',
        'node:http',
        'node:https',
        'node:net',
        'node:fs',
        'fs',
        'http',
        'https',
      ],
      message: 'The pure layers do no I/O and import no platform SDK or renderer (DESIGN.md).',
    },
    {
      group: ['**/render/*', '**/platforms/*', '!**/render/types.js'],
      message: 'The pure layers do not import the renderer or the platforms.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'coverage', 'dist', 'test/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No regular expression whose time grows faster than its input (issue #17: one once hung dispatch for ever).
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/check/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', platformImports] },
  },
  {
    files: [
      'bin/**/*.js',
      'scripts/**/*.mjs',
      'src/**/*.mjs',
      'test/fixtures/**/*.mjs',
      'bench/**/*.ts',
      'eslint.config.js',
    ],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
  },
);
