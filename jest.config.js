/** Jest runs TypeScript through swc; `tsc --noEmit` type-checks separately (see npm test). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/tests/**/*.test.ts'],
  testTimeout: 180000,
  // Compiles src/ into dist/ once per run: integration tests run the real CLI from dist/.
  globalSetup: '<rootDir>/tests/helpers/global-setup.js',
};
