/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/emulator'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // tsconfig's isolatedModules makes ts-jest transpile only; `npm run typecheck` checks types once.
    '^.+\\.ts$': ['ts-jest', {}],
  },
  // On a 2-core machine jest's default (cores - 1) is one worker, which jest runs in its own
  // process: every suite's leftovers then pile up in one heap until it runs out (seen in CI:
  // 4 GB, 188 suites in, during a fault sweep). Two workers, each replaced once it holds more
  // than this after a suite, keep every heap small whatever the number of suites.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
};
