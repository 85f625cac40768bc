// Rate limits shared by bot instances: two stores on one PostgreSQL database are two instances behind a load
// balancer; a user's burst is spent across both. With PGlite (one process) the limits stay in memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/platforms/rate-limit.js';
import { openStore } from '../../src/store/open-store.js';
import { limiterFor, SharedRateLimiter } from '../../src/store/shared-rate-limit.js';
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
