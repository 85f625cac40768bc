// The composition root: the one place that builds what commands depend on (Deps) and how they are run
// (on the worker pool or here), for the server, the worker threads, the Discord shards and the CLI.
import { setFlagsFromString } from 'node:v8';
import type { Config } from './config.js';
import type { DispatchOptions } from './dispatch/dispatcher.js';
import type { Deps, Logger } from './dispatch/types.js';
import { imageBytesReleaser } from './dispatch/release-memory.js';
import { createDispatchPool, type DispatchPool } from './dispatch/worker-pool.js';
import { createLogger } from './logger.js';
import { RUNNING_BUILT } from './paths.js';
import type { Renderer } from './render/types.js';
import type { Store } from './store/types.js';

export interface DepsOverrides {
  log?: Logger;
  random?: () => number;
  /**
   * `open`: open the database of DATA_DIR / DATABASE_URL (the server and the CLI: the processes that run the
   * commands using it); a Store: that one (tests); unset: none (worker threads, shards, benches).
   */
  store?: Store | 'open';
}

/**
 * Builds the dependencies of commands from the configuration. To add one (a store, a clock): add its field
 * to `Deps` (src/dispatch/types.ts) and build it here from `config`; every process gets it from here.
 */
export async function createDeps(config: Config, overrides: DepsOverrides = {}): Promise<Deps> {
  const log = overrides.log ?? createLogger(config.LOG_LEVEL);
  return {
    render: lazyRenderer(),
    random: overrides.random ?? Math.random,
    log,
    limits: { commandTimeLimitMs: config.COMMAND_TIME_LIMIT_MS },
    ...(overrides.store === 'open'
      ? { store: await openConfiguredStore(config, log) }
      : overrides.store
        ? { store: overrides.store }
        : {}),
  };
}

/**
 * The database of DATA_DIR / DATABASE_URL. Imported here: PGlite, Kysely and pg load only in the processes
 * that open it. The embedded one (PostgreSQL compiled to WebAssembly) is compiled by V8's baseline compiler
 * alone: measured 0.2 s less CPU to open and about 40 MiB less resident; its queries are few and small.
 */
async function openConfiguredStore(config: Config, log: Logger): Promise<Store> {
  if (!config.DATABASE_URL) setFlagsFromString('--liftoff-only');
  const { openStore } = await import('./store/open-store.js');
  return openStore({
    dataDir: config.DATA_DIR,
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    log,
  });
}

/**
 * The renderer, loaded with its canvas, fonts and PNG encoder on the first image: a server whose commands run
 * on workers never draws on its main thread. Fonts are registered (and every registration checked) then, once;
 * a worker draws before it says ready, so a missing font still stops the start.
 */
function lazyRenderer(): Renderer {
  let renderer: Promise<Renderer> | undefined;
  return {
    async render(request) {
      renderer ??= import('./render/index.js').then(({ createRenderer }) => createRenderer());
      return (await renderer).render(request);
    },
  };
}

/** Each worker thread's young generation (its short-lived objects), in MB. */
export const WORKER_YOUNG_GENERATION_MB = 8;

export interface CommandRunner {
  /** How the platforms and the playground dispatch: through the pool when there is one. */
  dispatchOptions: DispatchOptions;
  pool?: DispatchPool;
}

/** Commands run on worker threads (WORKERS > 0): every core works and the main thread stays free to acknowledge. */
export function createCommandRunner(
  config: Config,
  log: Logger,
  hooks: { onWorkerRestart?: () => void } = {},
): CommandRunner {
  if (config.WORKERS === 0) return { dispatchOptions: { timeLimitMs: config.COMMAND_TIME_LIMIT_MS } };
  const pool = createDispatchPool({
    // Built: dist/dispatch-worker.js; from the sources (tests, tsx): a plain JS entry that registers tsx first.
    workerUrl: RUNNING_BUILT
      ? new URL('./dispatch-worker.js', import.meta.url)
      : new URL('./dispatch-worker-entry.mjs', import.meta.url),
    workers: config.WORKERS,
    // A young generation of 8 MB (V8's default grows to 48): measured 30–55 MiB less resident memory with two
    // workers, and no slower a command (npm run bench, bench:commands).
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    timeLimitMs: config.COMMAND_TIME_LIMIT_MS,
    log,
    ...(hooks.onWorkerRestart ? { onRestart: hooks.onWorkerRestart } : {}),
    onImageBytes: imageBytesReleaser(),
  });
  return { pool, dispatchOptions: { timeLimitMs: config.COMMAND_TIME_LIMIT_MS, pool } };
}
