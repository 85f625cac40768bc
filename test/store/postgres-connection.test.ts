// A PostgreSQL server that drops the bot's idle connections (a restart, a failover, an administrator) must not
// crash the process: node-postgres emits 'error' on the pool, which the store logs; the next query reconnects.
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { recordingLogger } from '../dispatch/fakes.js';
import { freshPostgresDatabase, POSTGRES_AVAILABLE, stopStartedServer } from '../helpers/store.js';

describe.skipIf(!POSTGRES_AVAILABLE)('a PostgreSQL server that drops the connections', () => {
  it('costs a log line, not the process, and the next query reconnects', async () => {
    const database = await freshPostgresDatabase();
    const log = recordingLogger();
    const store = await openStore({ dataDir: './unused', databaseUrl: database.url, log });
    try {
      await Promise.all([store.listExercises('x'), store.listExercises('y')]); // pooled connections now idle
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      const terminated = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      await admin.end();
      expect(terminated.rowCount).toBeGreaterThan(0);
      // Every dropped connection must have left the pool (one log line each) before the next query; on a busy
      // CI machine the notices can take more than waitFor's default second.
      await vi.waitFor(
        () =>
          expect(
            log.entries.filter((e) => e.msg === 'database connection lost: the next query opens a new one'),
          ).toHaveLength(terminated.rowCount ?? 0),
        { timeout: 15_000, interval: 50 },
      );
      expect(await store.listExercises('x')).toEqual([]);
    } finally {
      await store.close();
      await database.drop();
      stopStartedServer();
    }
  });
});
