// Which waiting command runs next: chat platforms before the playground, and no source or user holding more
// than its share of the workers, so one person or one flood cannot starve a class.

/** Where a command came from; the playground is public and comes last. */
export type Source = 'discord' | 'slack' | 'playground' | 'cli';

export interface Queued {
  source: Source;
  /** The user within the source (`discord:123`): one person's share is counted across their commands. */
  user: string;
}

export interface Shares {
  /** Commands of one source running at once (leaves a worker for the other sources). */
  perSource: number;
  /** Commands of one user running at once. */
  perUser: number;
}

/** With `workers` threads: a source may hold all but one, a user half (each at least one). */
export function sharesFor(workers: number): Shares {
  return { perSource: Math.max(1, workers - 1), perUser: Math.max(1, Math.floor(workers / 2)) };
}

/**
 * Waiting jobs in arrival order, taken platform-first and within the shares. Each `take` looks at most at
 * the jobs waiting (bounded by the rate limits and the playground's queue cap), never at finished work.
 */
export class FairQueue<J extends Queued> {
  private readonly waiting: J[] = [];
  private readonly runningBySource = new Map<string, number>();
  private readonly runningByUser = new Map<string, number>();

  constructor(private readonly shares: Shares) {}

  get length(): number {
    return this.waiting.length;
  }

  /** Jobs of `source` waiting now. */
  waitingFrom(source: Source): number {
    return this.waiting.filter((job) => job.source === source).length;
  }

  push(job: J): void {
    this.waiting.push(job);
  }

  /** Takes `job` out without running it (its client went away); false when it was not waiting. */
  remove(job: J): boolean {
    const index = this.waiting.indexOf(job);
    if (index < 0) return false;
    this.waiting.splice(index, 1);
    return true;
  }

  /** Takes every waiting job out (the pool cannot run them). */
  drainAll(): J[] {
    return this.waiting.splice(0);
  }

  /** The next job allowed to start, counted as running until `done(job)`; undefined when none may. */
  take(): J | undefined {
    let chosen = -1;
    for (let k = 0; k < this.waiting.length; k++) {
      const job = this.waiting[k]!;
      if (!this.mayStart(job)) continue;
      if (job.source !== 'playground') {
        chosen = k;
        break;
      }
      if (chosen < 0) chosen = k;
    }
    if (chosen < 0) return undefined;
    const [job] = this.waiting.splice(chosen, 1);
    this.count(job!, +1);
    return job;
  }

  done(job: J): void {
    this.count(job, -1);
  }

  private mayStart(job: J): boolean {
    return (
      (this.runningBySource.get(job.source) ?? 0) < this.shares.perSource &&
      (this.runningByUser.get(userKey(job)) ?? 0) < this.shares.perUser
    );
  }

  private count(job: J, change: number): void {
    bump(this.runningBySource, job.source, change);
    bump(this.runningByUser, userKey(job), change);
  }
}

const userKey = (job: Queued) => `${job.source}:${job.user}`;

function bump(counts: Map<string, number>, key: string, change: number): void {
  const next = (counts.get(key) ?? 0) + change;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
