// Runs commands on worker threads: the maths and the PNGs use every core, the main thread stays free
// for acknowledgements, and a command over its time limit is really stopped (its worker is replaced).
// Waiting commands are taken fairly (./fair-queue.ts); a worker that cannot start is retried with backoff.
import { randomBytes } from 'node:crypto';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { t } from '../text/i18n.js';
import { effectiveLocale, internalErrorReply, timeoutReply } from './dispatcher.js';
import { FairQueue, sharesFor, type Source } from './fair-queue.js';
import type { Logger, Reply, Request } from './types.js';

/** Who sent a command, and whether they are still waiting for it. */
export interface DispatchTicket {
  source?: Source;
  /** Aborted when the client went away: a command still waiting is dropped. */
  signal?: AbortSignal;
}

export interface PoolState {
  /** At least one worker has started and can take a command. */
  ready: boolean;
  /** Workers started and waiting for or running a command. */
  workers: number;
  /** Commands waiting for a worker. */
  waiting: number;
  /** Start-up failures in a row (0 once a worker starts). */
  startFailures: number;
}

export interface DispatchPool {
  dispatch(request: Request, ticket?: DispatchTicket): Promise<Reply>;
  /** Workers alive now (for tests and the health endpoint). */
  readonly size: number;
  /** For `/readyz`: 503 while no worker can start. */
  readonly state: PoolState;
  /** Resolves once every first worker has said `{ ready: true }` (loaded and warm). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface DispatchPoolOptions {
  /** The worker's entry module: it posts `{ ready: true }` once loaded, then answers `{ id, request }` with `{ id, reply }`. */
  workerUrl: URL;
  workers: number;
  timeLimitMs: number;
  log: Logger;
  /** Passed to each worker as its `workerData`. */
  workerData?: unknown;
  /** Each worker's V8 heap limits (e.g. a smaller young generation, for a smaller resident size). */
  resourceLimits?: ResourceLimits;
  /** Wait before the next start after `failures` start-ups failed in a row (default 250 ms doubling to 30 s). */
  restartDelayMs?: (failures: number) => number;
  /** Playground commands waiting at once; more are answered "busy" at once (default 4 per worker). */
  maxWaitingPlayground?: number;
  /** Called each time a worker is replaced (it died, overran its time limit or failed to start). */
  onRestart?: () => void;
  /** Called with the bytes of each reply's images as it arrives (./release-memory.ts). */
  onImageBytes?: (bytes: number) => void;
}

/** Start-up failures in a row after which waiting commands are answered instead of kept. */
const FAILURES_BEFORE_GIVING_UP = 3;

export function defaultRestartDelayMs(failures: number): number {
  return Math.min(30_000, 250 * 2 ** Math.max(0, failures - 1));
}

interface Job {
  id: number;
  request: Request;
  source: Source;
  user: string;
  resolve: (reply: Reply) => void;
}

interface Slot {
  worker: Worker;
  /** It has posted `{ ready: true }`: its modules loaded. */
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** Being stopped: takes no new job while it shuts down. */
  retiring?: boolean;
}

export function createDispatchPool(options: DispatchPoolOptions): DispatchPool {
  const workerCount = Math.max(1, options.workers);
  const queue = new FairQueue<Job>(sharesFor(workerCount));
  const slots: Slot[] = [];
  const restartDelayMs = options.restartDelayMs ?? defaultRestartDelayMs;
  const maxWaitingPlayground = options.maxWaitingPlayground ?? 4 * workerCount;
  let nextId = 1;
  let closing = false;
  let startFailures = 0;
  const restarts = new Set<NodeJS.Timeout>();

  const internalError = (job: Job, why: string, error?: unknown) => {
    const reference = randomBytes(3).toString('hex');
    options.log.error(
      {
        err: error,
        reference,
        command: job.request.command,
        user: job.request.user.id,
        source: job.source,
        requestId: job.request.id,
      },
      why,
    );
    job.resolve(internalErrorReply(effectiveLocale(job.request), reference));
  };

  const finish = (slot: Slot): Job | undefined => {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    if (job) queue.done(job);
    return job;
  };

  const replace = (failedToStart: boolean) => {
    if (closing) return;
    options.onRestart?.();
    if (!failedToStart) {
      slots.push(spawn());
      return;
    }
    startFailures++;
    const delay = restartDelayMs(startFailures);
    options.log.error(
      { startFailures, retryInMs: delay, workerUrl: options.workerUrl.pathname },
      'a command worker failed to start; retrying after a pause',
    );
    // Nothing can run while no worker starts: answer the waiting commands instead of keeping them waiting.
    if (startFailures >= FAILURES_BEFORE_GIVING_UP && !slots.some((slot) => slot.ready)) {
      for (const job of queue.drainAll()) internalError(job, 'no command worker could start');
    }
    const timer = setTimeout(() => {
      restarts.delete(timer);
      if (!closing) slots.push(spawn());
    }, delay);
    timer.unref();
    restarts.add(timer);
  };

  const spawn = (): Slot => {
    const worker = new Worker(options.workerUrl, {
      workerData: options.workerData,
      ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
    });
    const slot: Slot = { worker, ready: false };
    let failure: unknown;
    worker.on('message', (message: { id?: number; reply?: Reply; ready?: boolean }) => {
      if (message.ready) {
        slot.ready = true;
        if (++readyCount >= workerCount) markReady();
        startFailures = 0;
        pump();
        return;
      }
      const job = finish(slot);
      if (job && job.id === message.id && message.reply) {
        const images = message.reply.images ?? [];
        options.onImageBytes?.(images.reduce((sum, image) => sum + image.png.byteLength, 0));
        job.resolve(message.reply);
      }
      pump();
    });
    worker.on('error', (error) => {
      failure = error;
      const job = finish(slot);
      if (job) internalError(job, 'a command worker failed', error);
    });
    worker.on('exit', (code) => {
      const job = finish(slot);
      if (job) internalError(job, 'a command worker exited', failure);
      slots.splice(slots.indexOf(slot), 1);
      if (!slot.ready && !slot.retiring && !closing) {
        options.log.error({ err: failure, exitCode: code }, 'command worker start-up error');
      }
      // A worker that died (or was stopped for overrunning) is replaced, so the pool keeps its size;
      // one that never started is replaced after a growing pause (no hot loop).
      replace(!slot.ready && !slot.retiring);
      pump();
    });
    worker.unref();
    return slot;
  };

  const pump = () => {
    for (const slot of slots) {
      if (!slot.ready || slot.job || slot.retiring) continue;
      const job = queue.take();
      if (!job) return;
      slot.job = job;
      slot.timer = setTimeout(() => {
        // The maths runs synchronously, so only stopping the thread can stop an overrunning command.
        const overrun = finish(slot);
        if (overrun) {
          options.log.warn(
            {
              command: overrun.request.command,
              timeLimitMs: options.timeLimitMs,
              source: overrun.source,
              requestId: overrun.request.id,
            },
            'command exceeded its time limit',
          );
          overrun.resolve(
            timeoutReply(effectiveLocale(overrun.request), options.timeLimitMs, overrun.request.command),
          );
        }
        slot.retiring = true;
        void slot.worker.terminate();
      }, options.timeLimitMs);
      slot.worker.postMessage({ id: job.id, request: job.request });
    }
  };

  let readyCount = 0;
  let markReady!: () => void;
  const allReady = new Promise<void>((resolve) => (markReady = resolve));
  for (let k = 0; k < workerCount; k++) slots.push(spawn());

  return {
    dispatch(request, ticket = {}) {
      const source = ticket.source ?? 'cli';
      const locale = effectiveLocale(request);
      if (source === 'playground' && queue.waitingFrom('playground') >= maxWaitingPlayground) {
        return Promise.resolve(busyReply(locale));
      }
      if (startFailures >= FAILURES_BEFORE_GIVING_UP && !slots.some((slot) => slot.ready)) {
        return new Promise((resolve) => {
          internalError(
            { id: 0, request, source, user: request.user.id, resolve },
            'no command worker could start',
          );
        });
      }
      return new Promise((resolve) => {
        const job: Job = { id: nextId++, request, source, user: request.user.id, resolve };
        queue.push(job);
        ticket.signal?.addEventListener(
          'abort',
          () => {
            // Nobody is waiting for it any more: a command not yet started is dropped, not computed.
            if (queue.remove(job)) resolve(abandonedReply(locale));
          },
          { once: true },
        );
        pump();
      });
    },
    get size() {
      return slots.length;
    },
    ready: () => allReady,
    get state() {
      const workers = slots.filter((slot) => slot.ready && !slot.retiring).length;
      return { ready: workers > 0, workers, waiting: queue.length, startFailures };
    },
    async close() {
      closing = true;
      for (const timer of restarts) clearTimeout(timer);
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/** "Busy, try again in a moment": the playground's queue is full. */
function busyReply(locale: 'en' | 'fa'): Reply {
  return { text: t(locale, 'commands.busy'), kind: 'user-error', visibility: 'private' };
}

/** What a dropped command resolves with (nobody reads it: the client has gone). */
function abandonedReply(locale: 'en' | 'fa'): Reply {
  return { text: t(locale, 'commands.busy'), kind: 'user-error', visibility: 'private' };
}
