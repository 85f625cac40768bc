// Lint: the recommended JS and TypeScript rules, plus the house rule that pure layers stay pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
