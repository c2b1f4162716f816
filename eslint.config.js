// Lint: TypeScript + Svelte. engine/ stays free of the DOM, Svelte and I/O (engine/cli aside).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', 'tmp', 'tests/e2e/output'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        projectService: true,
        extraFileExtensions: ['.svelte'],
      },
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // Tests read the CLI's JSON output and hand-written documents as untyped data on
    // purpose; the type-aware rules still hold for the engine and the UI.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // Svelte files are type-checked by svelte-check; typescript-eslint cannot resolve the
    // props of imported components there and would read every callback as \`any\`.
    files: ['**/*.svelte'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The UI and the server reach the engine through its public API only (engine/index.ts), so an
    // engine module can be moved or split without touching a component.
    files: ['ui/**/*.ts', 'ui/**/*.svelte', 'server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)engine/(?!index$)',
              message: 'The UI imports the engine through engine/index.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['engine/**/*.ts'],
    ignores: ['engine/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', '@xstate/svelte'], message: 'engine/ has no UI.' },
            { group: ['node:*', 'fs', 'path', 'worker_threads'], message: 'engine/ has no I/O.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
);
