// Lint: typescript-eslint's strict rules, and Lit's, web components' and Lit accessibility rules for
// the elements. `npm test` runs it (the lint stage) with Prettier's format check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'storybook-static/',
      'coverage/',
      '.tmp/',
      'bench/.out/',
      'bench/.*',
      'custom-elements.json',
      'docs/gallery/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/components/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    // Plain JavaScript (build scripts, configs) runs in Node, the bench's page helper in a browser.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // TypeScript checks names itself, with the right globals per file.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    rules: {
      // Unused names are errors, except the `_name` a signature keeps for its meaning.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests read what they just rendered: an element's shadow root or the nth row they asserted exists.
    // Chai's property assertions (`expect(x).to.be.true`) read as expressions.
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
