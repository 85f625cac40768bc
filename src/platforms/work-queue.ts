// Follow-up work (compute, render, send) runs a few at a time and only once requests stop arriving,
// so a class hitting the bot at once gets every 3-second acknowledgement before the CPU-heavy part starts.
import { performance } from 'node:perf_hooks';

export interface WorkQueueOptions {
  /** Jobs in flight at once (their PNG encoding runs on libuv's threads). */
  concurrency?: number;
  /** A job starts once no request has arrived for this long… */
  quietMs?: number;
  /** …or once it has waited this long, so steady traffic cannot starve it. */
  maxDeferMs?: number;
  now?: () => number;
}

export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private lastArrival = Number.NEGATIVE_INFINITY;
  private readonly concurrency: number;
  private readonly quietMs: number;
  private readonly maxDeferMs: number;
  private readonly now: () => number;

  constructor(options: WorkQueueOptions = {}) {
    this.concurrency = options.concurrency ?? 2;
    this.quietMs = options.quietMs ?? 15;
    this.maxDeferMs = options.maxDeferMs ?? 1500;
    this.now = options.now ?? (() => performance.now());
  }

  get pending(): number {
    return this.running + this.waiting.length;
  }

  /** Called for every incoming request: acknowledgements go before queued work. */
  noteArrival(): void {
    this.lastArrival = this.now();
  }

  /** Runs `job` once a slot is free and arrivals have paused; its promise settles with the job's. */
  run<T>(job: () => Promise<T>): Promise<T> {
    const queuedAt = this.now();
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running++;
        this.whenQuiet(queuedAt, () => {
          let work: Promise<T>;
          try {
            work = job();
          } catch (error) {
            work = Promise.reject(error);
          }
          work
            .finally(() => {
              this.running--;
              this.waiting.shift()?.();
            })
            .then(resolve, reject);
        });
      };
      if (this.running < this.concurrency) start();
      else this.waiting.push(start);
    });
  }

  private whenQuiet(queuedAt: number, go: () => void): void {
    const check = () => {
      const now = this.now();
      if (now - this.lastArrival >= this.quietMs || now - queuedAt >= this.maxDeferMs) go();
      else setTimeout(check, this.quietMs);
    };
    // setImmediate: pending I/O (the acknowledgement just written, new requests) goes first.
    setImmediate(check);
  }
}
