// What the adapters write themselves (a modal's labels, a "slow down" notice, button labels) is in the language
// the answer will be in: the user's `lang:` first, then the place's default (/settings), then the platform's.
import { effectiveLocale } from '../dispatch/dispatcher.js';
import type { Locale, Request } from '../dispatch/types.js';
import type { PlaceDefaults } from './place-defaults.js';

export type DefaultsLookup = (place: string) => Promise<PlaceDefaults>;

/**
 * The request with its place's defaults attached (the dispatcher then does not read them again) and its locale
 * the language it will be answered in. Without a lookup or a place it is returned as it is.
 */
export async function withPlaceLanguage(
  request: Request,
  lookup: DefaultsLookup | undefined,
): Promise<Request> {
  if (!lookup || request.place === undefined || request.defaults !== undefined) return request;
  const withDefaults = { ...request, defaults: await lookup(request.place) };
  return { ...withDefaults, locale: effectiveLocale(withDefaults) };
}

/** The language of a place when there is no request yet (a stale button, an autocomplete): its default, else the platform's. */
export async function placeLocale(
  place: string,
  lookup: DefaultsLookup | undefined,
  platformLocale: Locale,
): Promise<Locale> {
  return (lookup ? (await lookup(place)).lang : undefined) ?? platformLocale;
}
