import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Folders whose test files share one module graph per worker (isolate: false): they leave nothing behind (no
// environment variable set, no module mocked, every server, store and spy they open closed or restored, every
// server on a port of its own). Importing src/, mathjs, MathJax, the canvas and the chat SDKs afresh for each file
// took most of the suite's time.
const SHARED_FOLDERS = [
  'test/check/',
  'test/commands/',
  'test/core/',
  'test/definition/',
  'test/dispatch/',
  'test/exercises/',
  'test/lessons/',
  'test/platforms/',
  'test/real-world/',
  'test/render/',
  'test/settings/',
  'test/text/',
];
const SHARED_FILES = ['test/did-you-mean.test.ts', 'test/logger.test.ts'];

// Files in those folders that keep a fresh module graph: they set environment variables, mock modules, depend on
// the order modules load in (discord/http loads Slack's SDK before discord.js on purpose), spawn the bin or a
// browser, or start worker threads and crash them.
const ISOLATED_THERE = [
  'test/dispatch/worker-pool.test.ts',
  'test/dispatch/worker-pool.adversarial.test.ts',
  'test/exercises/grade-on-pool.test.ts',
  'test/platforms/cli/bin.test.ts',
  'test/platforms/cli/exercise.test.ts',
  'test/platforms/cli/read-only-data-dir.test.ts',
  'test/platforms/cli/settings.test.ts',
  'test/platforms/discord/http.test.ts',
  'test/platforms/discord/sharding.test.ts',
  'test/platforms/playground/playground.e2e.test.ts',
  'test/render/fonts.test.ts',
  'test/text/bidi.e2e.test.ts',
  'test/text/messages-import-order.test.ts',
];

// Every test file goes to exactly one of the two projects: a new file elsewhere is isolated.
const testFiles = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .map((file) => `test/${file.replaceAll('\\', '/')}`)
  .filter((file) => file.endsWith('.test.ts'));
const isShared = (file: string) =>
  !ISOLATED_THERE.includes(file) &&
  (SHARED_FILES.includes(file) || SHARED_FOLDERS.some((folder) => file.startsWith(folder)));

export default defineConfig({
  test: {
    // dist/ for the bin's smoke test (test/platforms/cli/bin.test.ts).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on CI's two, which then sits idle while a file
    // waits on a server, a child process or the database.
    maxWorkers: 2,
    // Transformed modules kept on disk between runs (node_modules/.experimental-vitest-cache, keyed by content): a
    // single file's run skips most of its few seconds of transforming; a fresh clone (CI) starts without it.
    experimental: { fsModuleCache: true },
    // Quiet test output: warnings and errors still print (set LOG_LEVEL=info to see every line); the worker
    // threads the tests start read it from here too.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    // In CI also a JSON report, from which .ci/run prints a plain "N passed, N failed" closing line.
    ...(process.env.CI
      ? { reporters: ['default', 'json'], outputFile: { json: 'coverage/vitest-report.json' } }
      : {}),
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: testFiles.filter(isShared),
          isolate: false,
          setupFiles: ['test/helpers/fast-check-seed.ts', 'test/helpers/shared-file-guard.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: testFiles.filter((file) => !isShared(file)),
          setupFiles: ['test/helpers/fast-check-seed.ts'],
        },
      },
    ],
  },
});
