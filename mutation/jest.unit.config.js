/**
 * The domain's own tests, for mutation testing: src/domain is pure, so its unit tests are the
 * ones that must pin every rule down (integration tests load the compiled bundle, which Stryker
 * cannot mutate). Transpiled only (tsconfig's isolatedModules, as in npm test), and
 * each mutant run loads only the files holding a test that covers it (related-test-sequencer.js).
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '..',
  testEnvironment: require('node:path').join(__dirname, 'test-files-environment.js'),
  testSequencer: require('node:path').join(__dirname, 'related-test-sequencer.js'),
  moduleNameMapper: {
    '^fast-check$': require('node:path').join(__dirname, 'fast-check-capped.js'),
  },
  roots: ['<rootDir>/test/unit'],
  testMatch: ['**/*.test.ts'],
  // The whole-pipeline properties (privacy, the auditor) cover most of the domain and took
  // seconds for every mutant; the rules they exercise are pinned by the unit tests of each rule.
  // Leaving them out can only let a mutant survive, so the score is a lower bound.
  testPathIgnorePatterns: ['\\.property\\.test\\.ts$'],
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
};
