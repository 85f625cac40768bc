// Rate limits counted in the database when it is a PostgreSQL server, so the bot instances behind one load
// balancer share each user's and channel's buckets; with the embedded database (one process) they stay in memory.
import type { Logger } from '../dispatch/types.js';
import { RateLimiter, type Limiter, type RateLimitRules } from '../platforms/rate-limit.js';
import type { Store } from './types.js';

/** Every this many checks, one instance deletes idle buckets: at most PRUNE_LIMIT of each kind (user, channel). */
export const PRUNE_EVERY = 64;
/** More than the rows PRUNE_EVERY checks can add (one user and one channel bucket each), so pruning keeps up. */
export const PRUNE_LIMIT = 256;

/** How long an untouched bucket takes to refill completely; after that it equals no bucket at all. */
function refillMs(rule: { burst: number; perMinute: number }): number | undefined {
  return rule.perMinute > 0 ? Math.ceil((rule.burst * 60_000) / rule.perMinute) : undefined;
}

export class SharedRateLimiter implements Limiter {
  /** Used while the database cannot be reached: limits per instance beat no limits, and beat refusing everyone. */
  private readonly fallback: RateLimiter;
  private checks = 0;
  /** The latest pruning (tests await it; a check never waits for it). */
  lastPrune: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly store: Store,
    private readonly rules: RateLimitRules,
    /** Keeps one platform's user and channel ids apart from another's. */
    private readonly platform: string,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.fallback = new RateLimiter(rules, now);
  }

  /**
   * Deletes buckets idle long enough to be full again (a deleted bucket starts full: nobody gains a token), at
   * most PRUNE_LIMIT of each kind, oldest first. A bucket that never refills (perMinute 0) is kept.
   */
  async prune(): Promise<number> {
    const now = this.now();
    let deleted = 0;
    for (const kind of ['user', 'channel'] as const) {
      const idle = refillMs(this.rules[kind]);
      if (idle === undefined) continue;
      deleted += await this.store.pruneRateBuckets(`${this.platform}:${kind}:`, now - idle, PRUNE_LIMIT);
    }
    return deleted;
  }

  /** 0 when allowed, else milliseconds to wait; a refused request costs nothing (as RateLimiter.check). */
  async check(userId: string, channelId: string | undefined): Promise<number> {
    if (++this.checks % PRUNE_EVERY === 0)
      this.lastPrune = this.prune().catch((error: unknown) => {
        this.log.warn({ err: error }, 'rate-limit buckets could not be pruned');
        return 0;
      });
    try {
      const now = this.now();
      const { user, channel } = this.rules;
      const userKey = `${this.platform}:user:${userId}`;
      const userWait = await this.store.takeToken(userKey, user.burst, user.perMinute, now);
      if (userWait > 0 || channelId === undefined) return userWait;
      const channelKey = `${this.platform}:channel:${channelId}`;
      const channelWait = await this.store.takeToken(channelKey, channel.burst, channel.perMinute, now);
      if (channelWait > 0) await this.store.returnToken(userKey, user.burst);
      return channelWait;
    } catch (error) {
      this.log.warn({ err: error }, 'shared rate limit unavailable: counting in this instance');
      return this.fallback.check(userId, channelId);
    }
  }
}

/** The limiter a platform uses: shared through a PostgreSQL server (DATABASE_URL), else in this process. */
export function limiterFor(
  rules: RateLimitRules,
  deps: { store?: Store; log: Logger },
  platform: string,
): Limiter {
  return deps.store?.kind === 'postgres'
    ? new SharedRateLimiter(deps.store, rules, platform, deps.log)
    : new RateLimiter(rules);
}
