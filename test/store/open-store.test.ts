// The embedded database's settings: a small buffer cache (resident memory), PGlite's own parameters kept.
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { pgliteOptions } from '../../src/store/open-store.js';
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
});
