// A PGlite DATA_DIR of one test file's own: seeded through the store, then the CLI's environment points at it
// (DATA_DIR set, DATABASE_URL unset) until the file ends, when both come back and the folder goes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/types.js';
import { pgliteTemplate } from '../../helpers/store.js';

export function useSeededDataDir(
  prefix: string,
  seed: (store: Store) => Promise<void>,
): { readonly path: string } {
  const dataDir = { path: '' };
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  beforeAll(async () => {
    dataDir.path = await mkdtemp(join(tmpdir(), prefix));
    const store = await openStore({ dataDir: dataDir.path, pgliteTemplate: await pgliteTemplate() });
    await seed(store);
    await store.close();
    process.env.DATA_DIR = dataDir.path;
    delete process.env.DATABASE_URL;
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    await rm(dataDir.path, { recursive: true, force: true });
  });
  return dataDir;
}
