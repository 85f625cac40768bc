// A server's or workspace's defaults (/settings): what each may hold, read back from the database checked.
import { NOTATION_NAMES, type NotationName } from '../text/notations.js';
import type { PlaceSettings } from '../store/types.js';

export const THEMES = ['dark', 'light'] as const;
export const LANGUAGES = ['en', 'fa'] as const;
/** Decimals a TA may choose: the same bounds as /backprop's and /train's `precision`. */
export const MIN_DECIMALS = 1;
export const MAX_DECIMALS = 10;

/** What a TA set for a place; a field left out is the bot's own default. */
export interface PlaceDefaults {
  lang?: (typeof LANGUAGES)[number];
  notation?: NotationName;
  decimals?: number;
  theme?: (typeof THEMES)[number];
}

export const SETTING_NAMES = ['lang', 'notation', 'decimals', 'theme'] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

/** The stored row as defaults, dropping any value this version does not know (a newer or an older bot's). */
export function placeDefaultsOf(stored: PlaceSettings): PlaceDefaults {
  const lang = oneOf(LANGUAGES, stored.lang);
  const notation = oneOf(NOTATION_NAMES, stored.notation);
  const theme = oneOf(THEMES, stored.theme);
  const decimals =
    Number.isInteger(stored.decimals) && stored.decimals! >= MIN_DECIMALS && stored.decimals! <= MAX_DECIMALS
      ? stored.decimals
      : undefined;
  return {
    ...(lang ? { lang } : {}),
    ...(notation ? { notation } : {}),
    ...(decimals !== undefined ? { decimals } : {}),
    ...(theme ? { theme } : {}),
  };
}

/** The command options each setting fills when the user left them out (`decimals` is /backprop's `precision`). */
const OPTIONS_OF: Record<Exclude<SettingName, 'lang'>, readonly string[]> = {
  decimals: ['precision', 'decimals'],
  theme: ['theme'],
  // notation is not filled in: a pasted page's own notation goes before the place's (the commands read it).
  notation: [],
};

/**
 * The options as given plus the place's defaults for the options this command has and the user did not give.
 * The language is not an option here: effectiveLocale reads it, so errors are in that language too.
 */
export function withPlaceDefaults<Value>(
  options: Record<string, Value>,
  declared: readonly string[],
  defaults: PlaceDefaults | undefined,
): Record<string, Value | number | string> {
  if (!defaults) return options;
  const given = new Set(Object.keys(options).map((name) => name.toLowerCase()));
  const filled: Record<string, Value | number | string> = { ...options };
  for (const [setting, names] of Object.entries(OPTIONS_OF) as [
    keyof typeof OPTIONS_OF,
    readonly string[],
  ][]) {
    const value = defaults[setting];
    if (value === undefined) continue;
    for (const name of names) if (declared.includes(name) && !given.has(name)) filled[name] = value;
  }
  return filled;
}
