import { describe, expect, it } from 'vitest';
import { RateLimiter, rateLimitRulesFromEnv, TokenBuckets } from '../../src/platforms/rate-limit.js';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBuckets', () => {
  it('grants the burst, then refuses with the wait until the next token, then refills over time', () => {
    const time = clock();
    const buckets = new TokenBuckets({ burst: 3, perMinute: 6 }, time.now);
    expect([buckets.take('u'), buckets.take('u'), buckets.take('u')]).toEqual([0, 0, 0]);
    expect(buckets.take('u')).toBe(10_000); // 6 a minute: one every 10 s
    time.advance(4_000);
    expect(buckets.take('u')).toBe(6_000);
    time.advance(6_000);
    expect(buckets.take('u')).toBe(0);
    expect(buckets.take('other')).toBe(0);
  });

  it('never holds more than the burst however long it idles', () => {
    const time = clock();
    const buckets = new TokenBuckets({ burst: 2, perMinute: 60 }, time.now);
    time.advance(3_600_000);
    expect([buckets.take('u'), buckets.take('u')]).toEqual([0, 0]);
    expect(buckets.take('u')).toBeGreaterThan(0);
  });

  it('is off with a burst of 0', () => {
    const buckets = new TokenBuckets({ burst: 0, perMinute: 0 });
    for (let i = 0; i < 100; i++) expect(buckets.take('u')).toBe(0);
  });
});

describe('RateLimiter', () => {
  it('refuses on the channel limit without spending the user token', () => {
    const time = clock();
    const limiter = new RateLimiter(
      { user: { burst: 2, perMinute: 1 }, channel: { burst: 1, perMinute: 1 } },
      time.now,
    );
    expect(limiter.check('alice', 'c1')).toBe(0);
    expect(limiter.check('alice', 'c1')).toBeGreaterThan(0); // channel c1 is empty
    expect(limiter.check('alice', 'c2')).toBe(0); // alice still had her second token
    expect(limiter.check('alice', 'c3')).toBeGreaterThan(0); // now alice is empty
  });
});

describe('rateLimitRulesFromEnv', () => {
  it('reads the four variables with defaults and rejects nonsense', () => {
    expect(rateLimitRulesFromEnv({})).toEqual({
      user: { burst: 5, perMinute: 10 },
      channel: { burst: 30, perMinute: 60 },
    });
    expect(rateLimitRulesFromEnv({ RATE_LIMIT_USER_BURST: '2', RATE_LIMIT_CHANNEL_PER_MINUTE: '5' })).toEqual(
      {
        user: { burst: 2, perMinute: 10 },
        channel: { burst: 30, perMinute: 5 },
      },
    );
    expect(() => rateLimitRulesFromEnv({ RATE_LIMIT_USER_BURST: 'lots' })).toThrow();
  });
});
