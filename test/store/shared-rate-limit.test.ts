// Rate limits shared by bot instances: two stores on one PostgreSQL database are two instances behind a load
// balancer; a user's burst is spent across both. With PGlite (one process) the limits stay in memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/platforms/rate-limit.js';
import { openStore } from '../../src/store/open-store.js';
import { limiterFor, PRUNE_EVERY, SharedRateLimiter } from '../../src/store/shared-rate-limit.js';
import type { Store } from '../../src/store/types.js';
import { recordingLogger } from '../dispatch/fakes.js';
import {
  freshPostgresDatabase,
  openTestStore,
  POSTGRES_AVAILABLE,
  stopStartedServer,
} from '../helpers/store.js';

const RULES = { user: { burst: 2, perMinute: 60 }, channel: { burst: 3, perMinute: 60 } };

describe('in one process (PGlite, or no database)', () => {
  it('limits in memory', async () => {
    const store = await openTestStore();
    try {
      expect(limiterFor(RULES, { store, log: recordingLogger() }, 'discord')).toBeInstanceOf(RateLimiter);
      expect(limiterFor(RULES, { log: recordingLogger() }, 'slack')).toBeInstanceOf(RateLimiter);
    } finally {
      await store.close();
    }
  });
});

describe('idle buckets are pruned (on PGlite; the same SQL runs on a server)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(async () => store?.close());

  it('at most `limit` at a time, oldest first, only under the prefix and before the cut-off', async () => {
    for (let i = 0; i < 7; i++) await store.takeToken(`old:user:${i}`, 2, 60, 1000 + i);
    await store.takeToken('old:user:recent', 2, 60, 50_000);
    await store.takeToken('other:user:1', 2, 60, 0);
    expect(await store.pruneRateBuckets('old:user:', 10_000, 5)).toBe(5);
    // The five oldest went (1000…1004): none left from before 1005.
    expect(await store.pruneRateBuckets('old:user:', 1005, 5)).toBe(0);
    expect(await store.pruneRateBuckets('old:user:', 10_000, 5)).toBe(2);
    // The recent bucket and another prefix's are still there: their spent tokens still count.
    expect(await store.takeToken('old:user:recent', 2, 0, 50_000)).toBe(0);
    expect(await store.takeToken('old:user:recent', 2, 0, 50_000)).toBe(Number.POSITIVE_INFINITY);
    expect(await store.pruneRateBuckets('other:user:', 1, 5)).toBe(1);
    // LIKE's wildcards in a prefix are literal.
    await store.takeToken('a_b:user:1', 2, 60, 0);
    await store.takeToken('aXb:user:1', 2, 60, 0);
    expect(await store.pruneRateBuckets('a%', 10_000, 5)).toBe(0);
    expect(await store.pruneRateBuckets('a_b:', 10_000, 5)).toBe(1);
    expect(await store.pruneRateBuckets('aXb:', 10_000, 5)).toBe(1);
  });

  it('every PRUNE_EVERY checks, only buckets full again, so no one gains a token', async () => {
    let clock = 5_000_000;
    const limiter = new SharedRateLimiter(store, RULES, 'prune', recordingLogger(), () => clock);
    // Two tokens a user refill in 2 s; three a channel in 3 s.
    expect(await limiter.check('first', 'room')).toBe(0);
    for (let i = 0; i < PRUNE_EVERY - 3; i++) expect(await limiter.check(`u${i}`, undefined)).toBe(0);
    clock += 2_500;
    expect(await limiter.check('late', undefined)).toBe(0);
    expect(await limiter.lastPrune).toBe(0);
    expect(await limiter.check('late', undefined)).toBe(0); // check PRUNE_EVERY: prunes the idle users
    expect(await limiter.lastPrune).toBe(PRUNE_EVERY - 2);
    // 'late' spent both tokens 0 s ago: kept, and still refused; the channel (3 s to refill) is kept too.
    expect(await limiter.check('late', undefined)).toBeGreaterThan(0);
    clock += 400; // 2.9 s after the room's bursts: its bucket still has its spent tokens
    expect(await limiter.prune()).toBe(0);
    clock += 200;
    expect(await limiter.prune()).toBe(1);
  });

  it('never drops a bucket that does not refill', async () => {
    const limiter = new SharedRateLimiter(
      store,
      { user: { burst: 1, perMinute: 0 }, channel: { burst: 1, perMinute: 0 } },
      'frozen',
      recordingLogger(),
      () => 1e12,
    );
    expect(await limiter.check('u', 'c')).toBe(0);
    expect(await limiter.prune()).toBe(0);
    expect(await limiter.check('u', 'd')).toBe(Number.POSITIVE_INFINITY);
  });
});

describe.skipIf(!POSTGRES_AVAILABLE)('across instances on a PostgreSQL server', () => {
  let drop: () => Promise<void>;
  let first: Store;
  let second: Store;
  let clock = 1_000_000;
  const log = recordingLogger();
  const instance = (store: Store) => new SharedRateLimiter(store, RULES, 'discord', log, () => clock);

  beforeAll(async () => {
    const database = await freshPostgresDatabase();
    drop = database.drop;
    first = await openStore({ dataDir: './unused', databaseUrl: database.url });
    second = await openStore({ dataDir: './unused', databaseUrl: database.url });
  });
  afterAll(async () => {
    await second?.close();
    await drop?.();
    stopStartedServer();
  });

  it('is chosen for a PostgreSQL store', () => {
    expect(limiterFor(RULES, { store: first, log }, 'discord')).toBeInstanceOf(SharedRateLimiter);
  });

  it('spends one burst across both instances, says how long to wait, and refills with time', async () => {
    const a = instance(first);
    const b = instance(second);
    expect(await a.check('sara', 'c1')).toBe(0);
    expect(await b.check('sara', 'c1')).toBe(0);
    expect(await a.check('sara', 'c2')).toBe(1000); // one token a second at 60 a minute
    expect(await b.check('sara', 'c2')).toBe(1000);
    clock += 1000;
    expect(await b.check('sara', 'c2')).toBe(0);
    // Another platform's user of the same id has buckets of their own.
    expect(await new SharedRateLimiter(first, RULES, 'slack', log, () => clock).check('sara', 'c1')).toBe(0);
  });

  it('gives a user their token back when the channel refuses', async () => {
    const a = instance(first);
    const b = instance(second);
    for (const user of ['u1', 'u2', 'u3']) expect(await a.check(user, 'busy')).toBe(0);
    expect(await b.check('ali', 'busy')).toBeGreaterThan(0); // the channel's three are spent
    expect(await b.check('ali', 'quiet')).toBe(0);
    expect(await a.check('ali', 'quiet')).toBe(0); // both of ali's tokens were still there
    expect(await a.check('ali', 'quiet')).toBeGreaterThan(0);
  });

  it('counts in the instance when the database is gone, and logs why', async () => {
    const a = instance(first);
    await first.close();
    expect(await a.check('reza', 'c1')).toBe(0);
    expect(await a.check('reza', 'c1')).toBe(0);
    expect(await a.check('reza', 'c1')).toBeGreaterThan(0);
    expect(
      log.entries.some((e) => e.msg === 'shared rate limit unavailable: counting in this instance'),
    ).toBe(true);
  });
});
