// Rate limits counted in the database when it is a PostgreSQL server, so the bot instances behind one load
// balancer share each user's and channel's buckets; with the embedded database (one process) they stay in memory.
import type { Logger } from '../dispatch/types.js';
import { RateLimiter, type Limiter, type RateLimitRules } from '../platforms/rate-limit.js';
import type { Store } from './types.js';

export class SharedRateLimiter implements Limiter {
  /** Used while the database cannot be reached: limits per instance beat no limits, and beat refusing everyone. */
  private readonly fallback: RateLimiter;

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

  /** 0 when allowed, else milliseconds to wait; a refused request costs nothing (as RateLimiter.check). */
  async check(userId: string, channelId: string | undefined): Promise<number> {
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
