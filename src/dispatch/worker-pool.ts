// Runs commands on worker threads: the maths and the PNGs use every core, the main thread stays free
// for acknowledgements, and a command over its time limit is really stopped (its worker is replaced).
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { effectiveLocale, internalErrorReply, timeoutReply } from './dispatcher.js';
import type { Logger, Reply, Request } from './types.js';

export interface DispatchPool {
  dispatch(request: Request): Promise<Reply>;
  /** Workers alive now (for tests and the health endpoint). */
  readonly size: number;
  close(): Promise<void>;
}

export interface DispatchPoolOptions {
  /** The worker's entry module (it answers `{ id, request }` with `{ id, reply }`); plain JS that registers tsx. */
  workerUrl: URL;
  workers: number;
  timeLimitMs: number;
  log: Logger;
  /** Passed to each worker as its `workerData`. */
  workerData?: unknown;
}

interface Job {
  id: number;
  request: Request;
  resolve: (reply: Reply) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** Being stopped: takes no new job while it shuts down. */
  retiring?: boolean;
}

export function createDispatchPool(options: DispatchPoolOptions): DispatchPool {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closing = false;

  const internalError = (job: Job, why: string, error?: unknown) => {
    const reference = randomBytes(3).toString('hex');
    options.log.error(
      { err: error, reference, command: job.request.command, user: job.request.user.id },
      why,
    );
    job.resolve(internalErrorReply(effectiveLocale(job.request), reference));
  };

  const finish = (slot: Slot): Job | undefined => {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    return job;
  };

  const spawn = (): Slot => {
    const worker = new Worker(options.workerUrl, { workerData: options.workerData });
    const slot: Slot = { worker };
    worker.on('message', (message: { id: number; reply: Reply }) => {
      const job = finish(slot);
      if (job && job.id === message.id) job.resolve(message.reply);
      pump();
    });
    worker.on('error', (error) => {
      const job = finish(slot);
      if (job) internalError(job, 'a command worker failed', error);
    });
    worker.on('exit', () => {
      const job = finish(slot);
      if (job) internalError(job, 'a command worker exited');
      slots.splice(slots.indexOf(slot), 1);
      // A worker that died (or was stopped for overrunning) is replaced, so the pool keeps its size.
      if (!closing) slots.push(spawn());
      pump();
    });
    worker.unref();
    return slot;
  };

  const pump = () => {
    for (const slot of slots) {
      if (slot.job || slot.retiring || queue.length === 0) continue;
      const job = queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        // The maths runs synchronously, so only stopping the thread can stop an overrunning command.
        const overrun = finish(slot);
        if (overrun) {
          options.log.warn(
            { command: overrun.request.command, timeLimitMs: options.timeLimitMs },
            'command exceeded its time limit',
          );
          overrun.resolve(timeoutReply(effectiveLocale(overrun.request), options.timeLimitMs));
        }
        slot.retiring = true;
        void slot.worker.terminate();
      }, options.timeLimitMs);
      slot.worker.postMessage({ id: job.id, request: job.request });
    }
  };

  for (let k = 0; k < Math.max(1, options.workers); k++) slots.push(spawn());

  return {
    dispatch(request) {
      return new Promise((resolve) => {
        queue.push({ id: nextId++, request, resolve });
        pump();
      });
    },
    get size() {
      return slots.length;
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
