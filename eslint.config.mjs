// ESLint flat config: typescript-eslint's recommended rules plus the house
// rules of ARCHITECTURE.md (eslint-house-rules.mjs). Not type-aware, so a lint
// of the whole tree stays a few seconds.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import house from './eslint-house-rules.mjs';

export default [
  { ignores: ['dist/**', 'cloudfunctions/**', 'node_modules/**', '.data/**', 'coverage/**', '.scratch/**', '.swc/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      // `_name` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Node-run CommonJS: configs, jest setup, asset scripts.
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { globals: { ...globals.node } } },
  {
    // Tests poke at envelopes loosely (`data<any>(...)`) and load built
    // CommonJS bundles by path; the production code keeps both rules.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The house rules (eslint-house-rules.mjs): what may import what, and where SQL may be written.
    files: ['src/**/*.{ts,tsx,js}', 'server/modules/**/*.ts'],
    plugins: { house },
    rules: { 'house/boundaries': 'error', 'house/sql-in-repo': 'error', 'house/no-env-in-modules': 'error' },
  },
];
