import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ for the bin's smoke test (test/platforms/cli/bin.test.ts).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Quiet test output: warnings and errors still print (set LOG_LEVEL=info to see every line); the worker
    // threads the tests start read it from here too.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    // In CI also a JSON report, from which .ci/run prints a plain "N passed, N failed" closing line.
    ...(process.env.CI
      ? { reporters: ['default', 'json'], outputFile: { json: 'coverage/vitest-report.json' } }
      : {}),
  },
});
