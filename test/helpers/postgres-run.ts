// One throwaway PostgreSQL cluster for a whole test run (where .ci/run exported no TEST_DATABASE_URL): the
// global setup names a directory, the first test file that needs a server starts the cluster there while the
// others wait on its lock, and the global setup's teardown stops it. initdb and start take about 3 s each time.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const startScript = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '.ci',
  'start-postgres.sh',
);

/** The variable that carries the run's directory from the global setup to the test workers. */
export const RUN_CLUSTER_VARIABLE = 'BACKPROP_TUTOR_TEST_POSTGRES_RUN';

/** The URL of the run's cluster, started by whichever process asks first (under `flock`, so exactly once). */
export function runClusterUrl(run: string): string {
  const startOnce =
    'set -e; if [ ! -s "$1/url" ]; then bash "$2" >"$1/started"; tail -1 "$1/started" >"$1/url"; fi; cat "$1/url"';
  return execFileSync(
    'flock',
    ['--close', join(run, 'lock'), 'bash', '-c', startOnce, 'start-once', run, startScript],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  ).trim();
}

/** Stops the run's cluster if a test started one, and removes its directory. */
export function stopRunCluster(run: string): void {
  const started = join(run, 'started');
  const dir = existsSync(started) ? readFileSync(started, 'utf8').trim().split('\n').at(-2) : undefined;
  if (dir) execFileSync('bash', [startScript, 'stop', dir]);
  rmSync(run, { recursive: true, force: true });
}
