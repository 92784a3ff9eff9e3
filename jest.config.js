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

const databaseServer = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

const uiConfig = path.join(__dirname, 'test/ui/jest.ui.config.js');
const ui = fs.existsSync(uiConfig) ? [{ ...require(uiConfig).project, rootDir: __dirname }] : [];

module.exports = {
  // A browser start can take seconds on a loaded 2-core CI machine.
  testTimeout: 30000,
  projects: [
    server('unit', ['<rootDir>/test/server/**/*.test.ts'], { testPathIgnorePatterns: ['\\.db\\.test\\.ts$'] }),
    // Both start (or share) the run's PostgreSQL server: test/support/global-setup.ts.
    server('integration', ['<rootDir>/test/server/**/*.db.test.ts'], databaseServer),
    server('e2e', ['<rootDir>/test/e2e/**/*.e2e.test.ts'], databaseServer),
    // The compiled mini-program (dist/weapp, after taro build --type weapp) in jsdom, on the server's real handlers.
    server('weapp', ['<rootDir>/test/weapp/**/*.weapp.test.ts'], {
      ...databaseServer,
      testEnvironment: 'jsdom',
      // The server's handlers run here too: their packages resolve as in Node (exceljs's uuid would get its browser ESM build).
      testEnvironmentOptions: { customExportConditions: ['node', 'require', 'default'] },
      setupFiles: ['<rootDir>/test/weapp/support/environment.ts'],
    }),
    ...ui,
  ],
};
