// Databases for tests: PGlite from a cached empty cluster (initdb takes seconds; loading a dump does not), and a
// fresh database on the PostgreSQL server whose URL .ci/run exports as TEST_DATABASE_URL.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openStore, type StoreConfig } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { RUN_CLUSTER_VARIABLE, runClusterUrl, startScript } from './postgres-run.js';

// The package's exports hide package.json: read it from beside its entry point.
const pgliteVersion = (
  JSON.parse(
    readFileSync(
      join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..', 'package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;
const templatePath = join(tmpdir(), `backprop-tutor-pglite-${pgliteVersion}.tar`);

/** A dump of an empty PGlite cluster, made once per machine and version. */
export async function pgliteTemplate(): Promise<Blob> {
  if (existsSync(templatePath)) return new Blob([await readFile(templatePath)]);
  const fresh = await PGlite.create('memory://');
  const dump = await fresh.dumpDataDir('none');
  await fresh.close();
  const partial = `${templatePath}.${process.pid}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, templatePath);
  return dump;
}

/** An empty, migrated PGlite store in memory. */
export async function openTestStore(extra: Partial<StoreConfig> = {}): Promise<Store> {
  return openStore({ dataDir: 'memory://', pgliteTemplate: await pgliteTemplate(), ...extra });
}

const serverBinary = readdirSafe('/usr/lib/postgresql').some((v) =>
  existsSync(`/usr/lib/postgresql/${v}/bin/initdb`),
);

function readdirSafe(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/**
 * Whether the PostgreSQL runs can happen: .ci/run exported TEST_DATABASE_URL, or a server binary is here to
 * start a throwaway cluster with. Only when neither holds are they skipped (and the test says so).
 */
export const POSTGRES_AVAILABLE = Boolean(process.env.TEST_DATABASE_URL) || serverBinary;
if (!POSTGRES_AVAILABLE)
  process.stderr.write(
    'PostgreSQL runs skipped: no TEST_DATABASE_URL and no server binary (Debian package postgresql)\n',
  );

let started: { dir: string; url: string } | undefined;

/** Stops the cluster this process started (call from afterAll; .ci/run's own server is left alone). */
export function stopStartedServer(): void {
  if (started) execFileSync('bash', [startScript, 'stop', started.dir]);
  started = undefined;
}

/**
 * The test server's URL: .ci/run's; else the test run's one cluster, started by the first file that asks (the
 * others wait on its lock) and stopped by the global setup; else, outside vitest's global setup, a cluster
 * started for this test process and stopped by stopStartedServer.
 */
function serverUrl(): string {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const run = process.env[RUN_CLUSTER_VARIABLE];
  if (run) return runClusterUrl(run);
  if (!started) {
    const [dir, url] = execFileSync('bash', [startScript], { encoding: 'utf8' }).trim().split('\n').slice(-2);
    started = { dir: dir!, url: url! };
  }
  return started.url;
}

/** A new database on the test server, and a function that drops it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const TEST_DATABASE_URL = serverUrl();
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  const name = `bt_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
