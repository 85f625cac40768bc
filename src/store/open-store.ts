// Opens the database named by the configuration (PGlite in DATA_DIR, or DATABASE_URL), migrates it, and returns
// the Store; a directory that cannot be written or a server that cannot be reached is a clear start-up error.
import { execFile } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { createStore } from './exercise-store.js';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';
import type { Logger } from '../dispatch/types.js';
import type { Store } from './types.js';

/** PGlite's shared buffers: its page cache, resident memory of this process (PostgreSQL's default is 128 MB). */
export const PGLITE_SHARED_BUFFERS = '4MB';

/**
 * PGlite's options. PostgreSQL's default 128 MB of shared buffers is resident memory in PGlite (measured: about
 * 120 MiB more than 16 MB, and 4 MB about 15 MiB less than 16); a class's exercises and settings are a few hundred
 * kilobytes and the files stay in the OS's cache. Given on the command line, after PGlite's own parameters (its
 * `postgresqlconf` option would replace postgresql.conf).
 */
export function pgliteOptions(config: Pick<StoreConfig, 'pgliteTemplate'>): PGliteOptions {
  return {
    ...(config.pgliteTemplate ? { loadDataDir: config.pgliteTemplate } : {}),
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  };
}

export interface StoreConfig {
  /** PGlite's directory (default ./data), or `memory://` for a database that lives only in this process. */
  dataDir: string;
  /** postgres://… switches to a PostgreSQL server. */
  databaseUrl?: string;
  /** Tests: start PGlite from this dump of an empty cluster instead of running initdb (seconds saved). */
  pgliteTemplate?: Blob;
  /** Tests of the upgrade path: migrate only up to this migration. */
  migrateTo?: string;
  /** Where a PostgreSQL connection lost while idle is reported. */
  log?: Logger;
}

/** A start-up failure the operator can act on (the message says what and how). */
export class StoreStartError extends Error {}

/** `DATA_DIR` and `DATABASE_URL` from the environment (an empty value counts as unset). */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  return {
    dataDir: env.DATA_DIR?.trim() || './data',
    ...(url ? { databaseUrl: url } : {}),
  };
}

const ERRNO_ADVICE: Record<string, string> = {
  EROFS: 'is on a read-only file system',
  EACCES: 'is not writable by this user',
  EPERM: 'is not writable by this user',
  ENOSPC: 'is on a full disk',
  EDQUOT: 'is over its disk quota',
  ENOTDIR: 'is not a directory',
};

/** The file start-up writes (64 KiB) and removes to prove DATA_DIR can hold data. */
export function dataDirProbe(dataDir: string): string {
  return join(resolve(dataDir), `.write-check-${process.pid}`);
}

/** Creates DATA_DIR and proves it can hold a file, so a read-only or full disk is named before PGlite starts. */
async function checkDataDir(dataDir: string): Promise<void> {
  const full = resolve(dataDir);
  const probe = dataDirProbe(dataDir);
  try {
    await mkdir(full, { recursive: true });
    await access(full, constants.W_OK);
    await writeFile(probe, Buffer.alloc(64 * 1024));
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = ERRNO_ADVICE[code] ?? `cannot be written (${code || (error as Error).message})`;
    throw new StoreStartError(
      `DATA_DIR ${full} ${why}: the exercise database needs a writable directory with free space. ` +
        'Set DATA_DIR to one, or DATABASE_URL=postgres://… to use a PostgreSQL server.',
    );
  }
}

async function migrate(db: Kysely<Database>, upTo?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(upTo) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new StoreStartError(
      `database migration ${failed} failed: ${(error as Error).message ?? String(error)}`,
    );
  }
}

/** The password in a URL is never shown. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

async function openPostgres(
  url: string,
  log: Logger | undefined,
): Promise<{ db: Kysely<Database>; close: () => Promise<void> }> {
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new StoreStartError(`DATABASE_URL must start with postgres:// (got ${redactUrl(url)})`);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server drops (restart, failover) is an 'error' event: unheard, it would end the process.
  pool.on('error', (error) =>
    log?.warn({ err: error }, 'database connection lost: the next query opens a new one'),
  );
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreStartError(
      `cannot reach the PostgreSQL server at ${redactUrl(url)}: ${(error as Error).message}`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, close: () => db.destroy() };
}

/** What the child process of `createPgliteDatabase` runs: PGlite's initdb in `argv[2]`, then its own peak RSS in KiB. */
const CREATE_DATABASE_SCRIPT = `
const [entry, directory, startParams] = process.argv.slice(1);
require(entry)
  .PGlite.create(directory, { startParams: JSON.parse(startParams) })
  .then((pglite) => pglite.close())
  .then(() => process.stdout.write('\\nPEAK_KIB ' + process.resourceUsage().maxRSS + '\\n'));
`;

/**
 * Creates a new embedded database (initdb) in a child process that exits when done. initdb grows PGlite's
 * WebAssembly memory and the malloc heap by hundreds of MiB that a process never gives back (measured: a peak of
 * 816 MiB, then 346 MiB idle and 735 under npm run bench:load, against 262 and about 490 for a database opened as
 * usual); in a child they leave with it, and this process opens the new database like any other.
 */
async function createPgliteDatabase(
  directory: string,
  config: StoreConfig,
): Promise<{ pid: number | undefined; peakMiB: number; ms: number }> {
  const started = performance.now();
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const startParams = JSON.stringify(pgliteOptions(config).startParams);
  return new Promise((resolvePromise, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', CREATE_DATABASE_SCRIPT, entry, directory, startParams],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const peak = /PEAK_KIB (\d+)/.exec(stdout);
        if (error || !peak) {
          const why = stderr.trim().split('\n').slice(-3).join(' ') || error?.message || 'no result';
          reject(new Error(`initdb failed: ${why}`));
          return;
        }
        resolvePromise({ pid: child.pid, peakMiB: Number(peak[1]) / 1024, ms: performance.now() - started });
      },
    );
  });
}

async function openPglite(
  config: StoreConfig,
): Promise<{ db: Kysely<Database>; close: () => Promise<void> }> {
  const inMemory = config.dataDir.startsWith('memory://');
  if (!inMemory) await checkDataDir(config.dataDir);
  const directory = inMemory ? config.dataDir : resolve(config.dataDir);
  const creating = !inMemory && !config.pgliteTemplate && !existsSync(join(directory, 'PG_VERSION'));
  let pglite: PGlite;
  try {
    if (creating) {
      const created = await createPgliteDatabase(directory, config);
      config.log?.info(
        {
          dataDir: directory,
          pid: created.pid,
          initdbPeakMiB: Math.round(created.peakMiB),
          ms: Math.round(created.ms),
        },
        'created the embedded database (initdb) in a child process',
      );
    }
    pglite = await PGlite.create(directory, pgliteOptions(config));
  } catch (error) {
    throw new StoreStartError(
      `the embedded database in DATA_DIR ${resolve(config.dataDir)} could not be opened: ${(error as Error).message}. ` +
        'Is another copy of the bot using it? (PGlite allows one process per directory.)',
    );
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

export async function openStore(config: StoreConfig): Promise<Store> {
  const opened = config.databaseUrl
    ? await openPostgres(config.databaseUrl, config.log)
    : await openPglite(config);
  try {
    await migrate(opened.db, config.migrateTo);
  } catch (error) {
    await opened.close().catch(() => {});
    throw error;
  }
  return createStore(opened.db, config.databaseUrl ? 'postgres' : 'pglite', opened.close);
}
