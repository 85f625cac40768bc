// Counts the commands a platform has acknowledged and not yet delivered, so a shutdown can wait for them.

export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  get size(): number {
    return this.count;
  }

  /** Follows `work` until it settles (its outcome is the caller's to handle). */
  track(work: Promise<unknown>): void {
    this.count++;
    const done = () => {
      this.count--;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    };
    work.then(done, done);
  }

  /** Resolves once nothing is in flight. */
  idle(): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
