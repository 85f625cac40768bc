// The embedded database's settings: a small buffer cache (resident memory), PGlite's own parameters kept.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { openStore, pgliteOptions } from '../../src/store/open-store.js';
import { pgliteTemplate } from '../helpers/store.js';

describe('the embedded database', () => {
  it('runs with 4 MB of shared buffers and keeps PGlite’s own start parameters', async () => {
    const pglite = await PGlite.create(
      'memory://',
      pgliteOptions({ pgliteTemplate: await pgliteTemplate() }),
    );
    try {
      const setting = async (name: string) =>
        (await pglite.query<{ value: string }>(`select current_setting('${name}') as value`)).rows[0]!.value;
      expect(await setting('shared_buffers')).toBe('4MB');
      expect(await setting('search_path')).toBe('public');
      expect(await setting('max_worker_processes')).toBe('0');
    } finally {
      await pglite.close();
    }
  });

  it('creates a new database (initdb) in a child process, whose memory leaves with it, then opens it; an existing one directly', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'bt-fresh-'));
    const created: { msg: string; pid?: number; initdbPeakMiB?: number }[] = [];
    const log = {
      info: (fields: { pid?: number; initdbPeakMiB?: number }, msg: string) =>
        created.push({ msg, ...fields }),
      warn() {},
      error() {},
    };
    const initdbs = () => created.filter((line) => line.msg.includes('created the embedded database'));
    try {
      const fresh = await openStore({ dataDir: directory, log });
      expect(await fresh.takeToken('user:u', 1, 1, 1000)).toBe(0);
      await fresh.close();
      expect(initdbs()).toHaveLength(1);
      expect(initdbs()[0]!.pid).toBeGreaterThan(0);
      expect(initdbs()[0]!.pid).not.toBe(process.pid);
      expect(initdbs()[0]!.initdbPeakMiB).toBeGreaterThan(0);
      const existing = await openStore({ dataDir: directory, log });
      // the same database: the token taken before is still gone
      expect(await existing.takeToken('user:u', 1, 1, 1000)).toBeGreaterThan(0);
      await existing.close();
      expect(initdbs()).toHaveLength(1);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
