/**
 * The domain's own tests, for mutation testing: src/domain is pure, so its unit tests are the
 * ones that must pin every rule down (integration tests load the compiled bundle, which Stryker
 * cannot mutate).
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/unit'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
};
