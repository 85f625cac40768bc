// A place's defaults: checked when read back, filled only into options the user left out, and read through a
// cache so an ordinary command costs no database round trip (one read a minute per place, shared by concurrent
// commands; a database that fails costs a log line and the bot's own defaults, never the command).
import { describe, expect, it } from 'vitest';
import { DEFAULTS_TTL_MS, placeDefaults, savePlaceDefaults } from '../../src/settings/defaults-cache.js';
import { placeDefaultsOf, withPlaceDefaults } from '../../src/settings/place-defaults.js';
import type { PlaceSettings, Store } from '../../src/store/types.js';
import { recordingLogger } from '../dispatch/fakes.js';

/** A Store whose settings live in a Map and count their reads (the cache is what is tested here). */
function countingStore(initial: Record<string, PlaceSettings> = {}, failing = false) {
  const rows = new Map(Object.entries(initial));
  const counter = { reads: 0 };
  const store = {
    async placeSettings(place: string) {
      counter.reads++;
      if (failing) throw new Error('connection refused');
      return rows.get(place) ?? {};
    },
    async savePlaceSettings(place: string, settings: PlaceSettings) {
      rows.set(place, settings);
      return settings;
    },
  } as unknown as Store;
  return { store, counter };
}

describe('placeDefaultsOf', () => {
  it('keeps the values this version knows and drops the others', () => {
    expect(placeDefaultsOf({ lang: 'fa', notation: 'course', decimals: 6, theme: 'light' })).toEqual({
      lang: 'fa',
      notation: 'course',
      decimals: 6,
      theme: 'light',
    });
    expect(placeDefaultsOf({ lang: 'de', notation: 'greek', decimals: 99, theme: 'pink' })).toEqual({});
  });
});

describe('withPlaceDefaults', () => {
  const backpropOptions = ['definition', 'preset', 'precision', 'notation', 'lang', 'theme'];

  it("fills /backprop's precision and theme when the user left them out", () => {
    expect(
      withPlaceDefaults({ preset: 'mazur' }, backpropOptions, { decimals: 6, theme: 'light', lang: 'fa' }),
    ).toEqual({ preset: 'mazur', precision: 6, theme: 'light' });
  });

  it("never overrides the user's own option, in any case of its name", () => {
    expect(
      withPlaceDefaults({ Precision: '2', theme: 'dark' }, backpropOptions, { decimals: 6, theme: 'light' }),
    ).toEqual({ Precision: '2', theme: 'dark' });
  });

  it('fills nothing a command does not have, and nothing without defaults', () => {
    expect(withPlaceDefaults({ topic: 'xavier' }, ['topic', 'lang'], { decimals: 6 })).toEqual({
      topic: 'xavier',
    });
    expect(withPlaceDefaults({ preset: 'mazur' }, backpropOptions, undefined)).toEqual({ preset: 'mazur' });
  });
});

describe('the cached lookup', () => {
  it('reads a place once a minute, concurrent commands sharing the read', async () => {
    const { store, counter } = countingStore({ 'discord:1': { lang: 'fa' } });
    const at = 1_000_000;
    const first = await Promise.all([1, 2, 3].map(() => placeDefaults(store, 'discord:1', undefined, at)));
    expect(first).toEqual([{ lang: 'fa' }, { lang: 'fa' }, { lang: 'fa' }]);
    expect(counter.reads).toBe(1);
    await placeDefaults(store, 'discord:1', undefined, at + DEFAULTS_TTL_MS - 1);
    expect(counter.reads).toBe(1);
    await placeDefaults(store, 'discord:1', undefined, at + DEFAULTS_TTL_MS);
    expect(counter.reads).toBe(2);
    // Another place is its own entry.
    expect(await placeDefaults(store, 'discord:2', undefined, at)).toEqual({});
    expect(counter.reads).toBe(3);
  });

  it('uses what /settings saved from the next command on, without reading it back', async () => {
    const { store, counter } = countingStore();
    expect(await placeDefaults(store, 'slack:T1', undefined, 0)).toEqual({});
    await savePlaceDefaults(store, 'slack:T1', { notation: 'course' }, 'ta', 10);
    expect(await placeDefaults(store, 'slack:T1', undefined, 20)).toEqual({ notation: 'course' });
    expect(counter.reads).toBe(1);
  });

  it('answers with no defaults and a log line when the database fails, and asks again next time', async () => {
    const { store, counter } = countingStore({}, true);
    const log = recordingLogger();
    expect(await placeDefaults(store, 'discord:9', log, 0)).toEqual({});
    expect(log.entries.map((e) => e.msg)).toEqual([
      'place settings could not be read: the bot defaults apply',
    ]);
    await placeDefaults(store, 'discord:9', log, 1);
    expect(counter.reads).toBe(2);
  });
});
