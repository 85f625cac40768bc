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

  it('opens a database it has just created (initdb) afresh, to give back the memory initdb grew; an existing one once', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'bt-fresh-'));
    const lines: string[] = [];
    const log = { info: (_: object, msg: string) => lines.push(msg), warn() {}, error() {} };
    try {
      const created = await openStore({ dataDir: directory, log });
      expect(await created.takeToken('user:u', 1, 1, 1000)).toBe(0);
      await created.close();
      expect(lines.filter((line) => line.includes('opened it afresh'))).toHaveLength(1);
      const existing = await openStore({ dataDir: directory, log });
      // the same database: the token taken before is still gone
      expect(await existing.takeToken('user:u', 1, 1, 1000)).toBeGreaterThan(0);
      await existing.close();
      expect(lines.filter((line) => line.includes('opened it afresh'))).toHaveLength(1);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
