import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['eslint.config.js', 'dist', 'node_modules', 'coverage', 'assets', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['phaser', 'howler', 'colyseus', '@colyseus/*', 'better-sqlite3', 'node:*'],
              message: 'The engine stays pure: no rendering, audio, network or Node APIs.',
            },
            {
              group: ['**/game/**', '**/server/**', '**/ai/**', '**/cli/**'],
              message: 'The engine imports nothing from the layers above it.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in the state.' },
        { object: 'Date', property: 'now', message: 'Time arrives as an intent, never ambient.' },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'window', 'document'],
    },
  },
  {
    files: ['src/engine/**/*.test.ts', 'src/engine/**/*.bench.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/game/**/*.ts', 'src/server/**/*.ts', 'src/ai/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/*/**'],
              message: 'Import the engine through src/engine/index.ts only.',
            },
          ],
        },
      ],
    },
  },
);
