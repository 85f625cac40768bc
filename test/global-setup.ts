// Builds dist/ once before the tests, so the one test that spawns the real bin runs today's code; and names the
// directory of the run's one PostgreSQL cluster (test/helpers/postgres-run.ts), which it stops at the end.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUN_CLUSTER_VARIABLE, stopRunCluster } from './helpers/postgres-run.js';

// Vitest runs the global setup of the root and of each project (vitest.config.ts has two): only the first time.
const DONE = Symbol.for('backprop-tutor.test.global-setup-done');

export default function setup(): (() => void) | undefined {
  const state = globalThis as { [DONE]?: boolean };
  if (state[DONE]) return undefined;
  state[DONE] = true;
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))], {
    stdio: 'ignore',
  });
  if (process.env.TEST_DATABASE_URL) return undefined;
  // The workers inherit this; a file that needs a server starts the cluster in it (nothing starts otherwise).
  const run = mkdtempSync(join(tmpdir(), 'backprop-tutor-test-postgres-'));
  process.env[RUN_CLUSTER_VARIABLE] = run;
  return () => {
    stopRunCluster(run);
    delete process.env[RUN_CLUSTER_VARIABLE];
  };
}
