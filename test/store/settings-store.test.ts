// A place's defaults (/settings) in the database: stored per place, replaced as a whole, removed when emptied;
// the same on PGlite and on a PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import {
  freshPostgresDatabase,
  openTestStore,
  POSTGRES_AVAILABLE,
  stopStartedServer,
} from '../helpers/store.js';

function settingsBehaviour(open: () => Promise<{ store: Store; done: () => Promise<void> }>) {
  let store: Store;
  let done: () => Promise<void>;
  beforeAll(async () => {
    ({ store, done } = await open());
  });
  afterAll(async () => done?.());

  it('are empty for a place nobody set, and kept per place', async () => {
    expect(await store.placeSettings('discord:1')).toEqual({});
    expect(await store.savePlaceSettings('discord:1', { lang: 'fa', decimals: 6 }, 'ta-1')).toEqual({
      lang: 'fa',
      decimals: 6,
    });
    expect(await store.placeSettings('discord:1')).toEqual({ lang: 'fa', decimals: 6 });
    expect(await store.placeSettings('discord:2')).toEqual({});
  });

  it('are replaced as a whole, and an empty record removes them', async () => {
    await store.savePlaceSettings('slack:T1', { notation: 'course', theme: 'light' }, 'ta-1');
    expect(await store.savePlaceSettings('slack:T1', { theme: 'dark' }, 'ta-2')).toEqual({ theme: 'dark' });
    expect(await store.placeSettings('slack:T1')).toEqual({ theme: 'dark' });
    expect(await store.savePlaceSettings('slack:T1', {}, 'ta-2')).toEqual({});
    expect(await store.placeSettings('slack:T1')).toEqual({});
  });
}

describe('place settings on PGlite', () => {
  settingsBehaviour(async () => {
    const store = await openTestStore();
    return { store, done: () => store.close() };
  });
});

describe.skipIf(!POSTGRES_AVAILABLE)('place settings on PostgreSQL', () => {
  settingsBehaviour(async () => {
    const database = await freshPostgresDatabase();
    const store = await openStore({ dataDir: './unused', databaseUrl: database.url });
    return {
      store,
      done: async () => {
        await store.close();
        await database.drop();
        stopStartedServer();
      },
    };
  });
});
