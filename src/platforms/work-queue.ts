// Follow-up work (compute, render, send) runs a few at a time, after the acknowledgement has been written,
// so a class hitting the bot at once cannot starve the event loop of the 3-second acknowledgements.

export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly concurrency = 4) {}

  get pending(): number {
    return this.running + this.waiting.length;
  }

  /** Runs `job` once a slot is free; its promise settles with the job's. */
  run<T>(job: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running++;
        // setImmediate: let pending I/O (new requests to acknowledge) go first.
        setImmediate(() => {
          job()
            .then(resolve, reject)
            .finally(() => {
              this.running--;
              this.waiting.shift()?.();
            });
        });
      };
      if (this.running < this.concurrency) start();
      else this.waiting.push(start);
    });
  }
}
