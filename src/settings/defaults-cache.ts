// The place's defaults for each command, read through a small cache so an ordinary command costs no database
// round trip: a place is read once a minute at most (other instances' /settings show within that minute), and
// this process's own /settings replaces its entry at once.
import type { Deps, Logger } from '../dispatch/types.js';
import type { Store } from '../store/types.js';
import { placeDefaultsOf, type PlaceDefaults } from './place-defaults.js';

export const DEFAULTS_TTL_MS = 60_000;
/** Places remembered at once; the oldest is forgotten first (a bot in many servers stays bounded). */
export const MAX_PLACES_CACHED = 5_000;

interface Entry {
  at: number;
  defaults: Promise<PlaceDefaults>;
}

const caches = new WeakMap<Store, Map<string, Entry>>();

function cacheOf(store: Store): Map<string, Entry> {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  return cache;
}

function remember(cache: Map<string, Entry>, place: string, entry: Entry): void {
  cache.delete(place);
  cache.set(place, entry);
  if (cache.size > MAX_PLACES_CACHED) cache.delete(cache.keys().next().value!);
}

/**
 * A place's defaults: from the cache when read in the last minute, else from the database (concurrent commands
 * of one place share the read). A database that cannot answer costs a log line and the bot's own defaults.
 */
export async function placeDefaults(
  store: Store,
  place: string,
  log?: Logger,
  now: number = Date.now(),
): Promise<PlaceDefaults> {
  const cache = cacheOf(store);
  const cached = cache.get(place);
  if (cached && now - cached.at < DEFAULTS_TTL_MS) return cached.defaults;
  const defaults = store.placeSettings(place).then(placeDefaultsOf);
  remember(cache, place, { at: now, defaults });
  try {
    return await defaults;
  } catch (error) {
    if (cache.get(place)?.defaults === defaults) cache.delete(place);
    log?.warn({ err: error, place }, 'place settings could not be read: the bot defaults apply');
    return {};
  }
}

/** Stores a place's defaults (committed before the reply says so) and uses them from the next command on. */
export async function savePlaceDefaults(
  store: Store,
  place: string,
  defaults: PlaceDefaults,
  updatedBy: string,
  now: number = Date.now(),
): Promise<PlaceDefaults> {
  const saved = placeDefaultsOf(await store.savePlaceSettings(place, defaults, updatedBy));
  remember(cacheOf(store), place, { at: now, defaults: Promise.resolve(saved) });
  return saved;
}

/**
 * How this process reads a place's defaults: the lookup it was given (a shard asks its manager), else its own
 * database through the cache; undefined where neither is (a worker thread, a plain test: no defaults).
 */
export function defaultsLookup(
  deps: Pick<Deps, 'store' | 'log' | 'placeDefaults'>,
): ((place: string) => Promise<PlaceDefaults>) | undefined {
  if (deps.placeDefaults) return deps.placeDefaults;
  const store = deps.store;
  return store ? (place) => placeDefaults(store, place, deps.log) : undefined;
}
