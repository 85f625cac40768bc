// Migrations from an empty database and from the previous version (its data kept); start-up errors for a
// DATA_DIR that cannot be written; shared rate-limit buckets.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_MIGRATION, migrations } from '../../src/store/migrations.js';
import { dataDirProbe, openStore, redactUrl, StoreStartError } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { openTestStore, pgliteTemplate } from '../helpers/store.js';

const names = Object.keys(migrations).sort();

describe('migrations', () => {
  it('are numbered in order and the latest is the last', () => {
    expect(names.map((name) => name.slice(0, 3))).toEqual(
      names.map((_, i) => String(i + 1).padStart(3, '0')),
    );
    expect(LATEST_MIGRATION).toBe(names.at(-1));
  });

  it('upgrade a database of the previous version, keeping its exercises and submissions', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'bt-migrate-'));
    try {
      const previous = await openStore({
        dataDir: directory,
        pgliteTemplate: await pgliteTemplate(),
        migrateTo: names.at(-2)!,
      });
      const created = await previous.createExercise({
        place: 'p',
        name: 'hw1',
        template: { layers: [1, 1] },
        vary: ['weights'],
        attemptsAllowed: 3,
        showAnswers: false,
        createdBy: 'ta',
      });
      expect('created' in created).toBe(true);
      await previous.close();
      // Reopened on disk: the remaining migrations run, the data stays.
      const latest = await openStore({ dataDir: directory });
      expect((await latest.findExercise('p', 'hw1'))?.attemptsAllowed).toBe(3);
      expect(await latest.takeToken('user:u', 1, 1, 1000)).toBe(0);
      await latest.close();
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('start-up errors', () => {
  // Root writes anywhere (CI runs as root): there test/platforms/cli/read-only-data-dir.test.ts runs as nobody.
  it.skipIf(process.getuid?.() === 0)('name a DATA_DIR that cannot be written, and what to do', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'bt-readonly-'));
    await chmod(directory, 0o500);
    try {
      const opening = openStore({ dataDir: join(directory, 'data') });
      await expect(opening).rejects.toThrow(StoreStartError);
      await expect(opening).rejects.toThrow(/DATA_DIR .* (not writable|read-only)/);
    } finally {
      await chmod(directory, 0o700);
      await rm(directory, { recursive: true, force: true });
    }
  });

  // /dev/full answers every write with ENOSPC (the kernel's, not a mock): the start-up probe lands on it.
  it.skipIf(!existsSync('/dev/full'))('name a DATA_DIR on a full disk, and what to do', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'bt-full-'));
    await symlink('/dev/full', dataDirProbe(directory));
    try {
      const opening = openStore({ dataDir: directory });
      await expect(opening).rejects.toThrow(StoreStartError);
      await expect(opening).rejects.toThrow(`DATA_DIR ${directory} is on a full disk`);
      await expect(opening).rejects.toThrow(/writable directory with free space.*DATABASE_URL=postgres:\/\//);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('name a DATA_DIR that is a file, and never show a password of DATABASE_URL', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'bt-file-'));
    const file = join(directory, 'data');
    await writeFile(file, 'not a directory');
    try {
      await expect(openStore({ dataDir: file })).rejects.toThrow(
        /DATA_DIR .*data .*(not a directory|cannot be written)/,
      );
      expect(redactUrl('postgres://bot:s3cret@db:5432/tutor')).toBe('postgres://bot:***@db:5432/tutor');
      await expect(openStore({ dataDir: file, databaseUrl: 'mysql://x' })).rejects.toThrow(/postgres:\/\//);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('shared rate-limit buckets in the database', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(async () => store?.close());

  it('grant the burst, then refuse with the wait, then refill with time', async () => {
    expect(await store.takeToken('user:a', 2, 60, 0)).toBe(0);
    expect(await store.takeToken('user:a', 2, 60, 0)).toBe(0);
    expect(await store.takeToken('user:a', 2, 60, 0)).toBe(1000);
    // Another key has its own bucket.
    expect(await store.takeToken('user:b', 2, 60, 0)).toBe(0);
    expect(await store.takeToken('user:a', 2, 60, 1000)).toBe(0);
  });
});
