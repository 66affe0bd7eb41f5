// One Jest config, three tiers chosen by file name: *.unit.spec.ts (pure, no I/O),
// *.int.spec.ts (real PostgreSQL / Redis / PGlite), *.e2e.spec.ts (HTTP through the apps).
// Booting an app on PGlite can take a minute on a shared 2-core machine under load: every hook and
// test gets 180 s (speed is measured by the benchmarks, never by tests). Jest ignores `testTimeout`
// inside `projects`, so each project sets it in a setup file (test/jest-timeout.js).
// Type checking is done once by `tsc --noEmit` (npm test runs it first); ts-jest only transpiles.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  setupFilesAfterEnv: ['<rootDir>/test/jest-timeout.js', '<rootDir>/test/jest-persistent.js'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['**/*.unit.spec.ts'] },
    { ...base, displayName: 'int', testMatch: ['**/*.int.spec.ts'], slowTestThreshold: 30 },
    { ...base, displayName: 'e2e', testMatch: ['**/*.e2e.spec.ts'], slowTestThreshold: 30 },
  ],
};
