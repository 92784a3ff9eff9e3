const fs = require('node:fs');
const path = require('node:path');

/** ts-jest in transpile-only mode: `npm run typecheck` is where types are checked. */
const tsTransform = { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] };

const server = (displayName, testMatch, extra = {}) => ({
  displayName,
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch,
  transform: tsTransform,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  ...extra,
});

const uiConfig = path.join(__dirname, 'test/ui/jest.ui.config.js');
const ui = fs.existsSync(uiConfig) ? [{ ...require(uiConfig).project, rootDir: __dirname }] : [];

module.exports = {
  // PGlite's first open and a browser start can take seconds on a loaded 2-core CI machine.
  testTimeout: 30000,
  projects: [
    server('unit', ['<rootDir>/test/server/**/*.test.ts'], { testPathIgnorePatterns: ['\\.db\\.test\\.ts$'] }),
    server('integration', ['<rootDir>/test/server/**/*.db.test.ts'], {
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      // *.pg.db.test.ts need a PostgreSQL server (the cloud functions never run on PGlite).
      testPathIgnorePatterns: process.env.TEST_DATABASE_URL ? [] : ['\\.pg\\.db\\.test\\.ts$'],
    }),
    server('e2e', ['<rootDir>/test/e2e/**/*.e2e.test.ts']),
    ...ui,
  ],
};
