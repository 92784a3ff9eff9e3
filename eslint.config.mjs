// ESLint flat config: typescript-eslint's recommended rules plus the house
// rules of ARCHITECTURE.md as import restrictions. Not type-aware, so a lint of
// the whole tree stays a few seconds.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Sub-folders of a folder, read when the config loads so a new feature or module is covered at once. */
function foldersIn(relative) {
  try {
    return readdirSync(path.join(root, relative), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => `(${names.map(escape).join('|')})`;

// no-restricted-imports matches the import as written, not the file it resolves
// to, so each rule names the spellings that reach the forbidden place:
// aliases (`@/features/x`), paths through the folder name, and relative climbs.

/** (c) The client reaches the server only for shared contracts, fields and errors. */
const clientToServer = [
  {
    regex: '(^|/)server/(?!modules/[^/]+/contracts(\\.ts)?$|core/(fields|errors)(\\.ts)?$)',
    message: 'src/ may import only server/modules/*/contracts, server/core/fields and server/core/errors from the server.',
  },
];

/** (a) A feature never imports another feature; shared things move to components/, hooks/ or lib/. */
function otherFeatures(feature, features) {
  const others = features.filter((f) => f !== feature);
  if (others.length === 0) return [];
  const message = `src/features/${feature} may not import another feature; move what is shared to src/components, src/hooks or src/lib.`;
  return [
    { regex: `(^|/)features/${anyOf(others)}(/|$)`, message },
    // A relative climb out of this feature into a sibling: `../../convention/api/x`.
    { regex: `^(\\.\\./)+${anyOf(others)}(/|$)`, message },
  ];
}

/** (d) Modules talk through facades, use cases and contracts, never each other's SQL. */
function otherModulesRepo(module, modules) {
  const others = modules.filter((m) => m !== module);
  if (others.length === 0) return [];
  return [
    {
      regex: `(^|/)${anyOf(others)}/repo(\\.ts)?$`,
      message: `server/modules/${module} may not import another module's repo; use its facade, use cases or contracts.`,
    },
  ];
}

/** (b) Domain rules are pure: no database, no platform SDKs. */
const pureDomain = [
  { regex: '^(kysely|pg|wx-server-sdk)(/|$)', message: 'domain/ is pure rules: no database driver or WeChat SDK.' },
  { regex: '^@(tarojs|electric-sql)/', message: 'domain/ is pure rules: no Taro, no PGlite.' },
  { regex: '(^|/)repo(\\.ts)?$', message: 'domain/ may not import a repo; the use case reads and passes values in.' },
  { regex: '(^|/)db(/|$)', message: 'domain/ may not import from db/; the use case reads and passes values in.' },
];

const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

// A file gets the options of the LAST block that sets a rule (options are not
// merged), so the narrower blocks repeat the wider block's patterns.
const features = foldersIn('src/features');
const modules = foldersIn('server/modules');
const houseRules = [
  restrict(['src/**/*.{ts,tsx,js}'], clientToServer),
  ...features.map((f) => restrict([`src/features/${f}/**/*.{ts,tsx,js}`], [...clientToServer, ...otherFeatures(f, features)])),
  ...modules.map((m) => restrict([`server/modules/${m}/**/*.ts`], otherModulesRepo(m, modules))),
  ...modules.map((m) => restrict([`server/modules/${m}/domain/**/*.ts`], [...otherModulesRepo(m, modules), ...pureDomain])),
];

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
  ...houseRules,
];
