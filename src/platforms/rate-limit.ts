// Token buckets per user and per channel, so one student (or one busy channel) cannot starve the class.
import { z } from 'zod';

/** A bucket holds up to `burst` tokens and refills `perMinute` tokens a minute. */
export interface BucketRule {
  burst: number;
  perMinute: number;
}

export interface RateLimitRules {
  user: BucketRule;
  channel: BucketRule;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Keyed token buckets; idle full buckets are dropped so memory stays bounded by the active keys. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: BucketRule,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`; returns 0 when granted, else the milliseconds until a token is free. */
  take(key: string): number {
    if (this.rule.burst <= 0) return 0; // a burst of 0 switches the limit off
    const now = this.now();
    const bucket = this.refilled(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    if (this.rule.perMinute <= 0) return Number.POSITIVE_INFINITY;
    return Math.ceil(((1 - bucket.tokens) * 60_000) / this.rule.perMinute);
  }

  /** Puts back a token taken by `take` (used when a second limit refuses the same request). */
  refund(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.rule.burst, bucket.tokens + 1);
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string, now: number): Bucket {
    if (this.buckets.size > 10_000) this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.rule.burst, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + (elapsed * this.rule.perMinute) / 60_000);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    return bucket;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const full =
        bucket.tokens + ((now - bucket.updatedAt) * this.rule.perMinute) / 60_000 >= this.rule.burst;
      if (full) this.buckets.delete(key);
    }
  }
}

/** What a platform asks before it runs a command: 0 when allowed, else milliseconds to wait. */
export interface Limiter {
  check(userId: string, channelId: string | undefined): number | Promise<number>;
}

/** Both limits of a platform: a request passes only when the user's and the channel's buckets both have a token. */
export class RateLimiter implements Limiter {
  private readonly users: TokenBuckets;
  private readonly channels: TokenBuckets;

  constructor(rules: RateLimitRules, now: () => number = Date.now) {
    this.users = new TokenBuckets(rules.user, now);
    this.channels = new TokenBuckets(rules.channel, now);
  }

  /** 0 when allowed, else milliseconds to wait; a refused request costs nothing. */
  check(userId: string, channelId: string | undefined): number {
    const userWait = this.users.take(userId);
    if (userWait > 0) return userWait;
    if (channelId === undefined) return 0;
    const channelWait = this.channels.take(channelId);
    if (channelWait > 0) this.users.refund(userId);
    return channelWait;
  }
}

const count = z.coerce.number().int().min(0).max(100_000);

/** `RATE_LIMIT_USER_BURST`, `RATE_LIMIT_USER_PER_MINUTE`, `RATE_LIMIT_CHANNEL_BURST`, `RATE_LIMIT_CHANNEL_PER_MINUTE`. */
export const rateLimitEnvSchema = z.object({
  RATE_LIMIT_USER_BURST: count.default(5),
  RATE_LIMIT_USER_PER_MINUTE: count.default(10),
  RATE_LIMIT_CHANNEL_BURST: count.default(30),
  RATE_LIMIT_CHANNEL_PER_MINUTE: count.default(60),
});

export function rateLimitRulesFromEnv(env: NodeJS.ProcessEnv): RateLimitRules {
  const parsed = rateLimitEnvSchema.parse(env);
  return {
    user: { burst: parsed.RATE_LIMIT_USER_BURST, perMinute: parsed.RATE_LIMIT_USER_PER_MINUTE },
    channel: { burst: parsed.RATE_LIMIT_CHANNEL_BURST, perMinute: parsed.RATE_LIMIT_CHANNEL_PER_MINUTE },
  };
}
