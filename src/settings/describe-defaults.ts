// A place's defaults in words: the rows /settings shows and the one line /help shows.
import type { Locale } from '../dispatch/types.js';
import { t } from '../text/i18n.js';
import type { PlaceDefaults, SettingName } from './place-defaults.js';

/** The bot's own defaults (what a command does when neither the user nor a TA chose). */
export const BOT_DEFAULTS = { notation: 'classic', decimals: 4, theme: 'dark' } as const;

/** `discord:123` → `discord`: which words name the place (this server, this workspace, …). */
export function placeKind(place: string | undefined): string {
  return place?.split(':')[0] ?? '';
}

function valueText(name: SettingName, value: string | number, locale: Locale): string {
  if (name !== 'decimals') return t(locale, `settings.value_${name}_${value}`);
  return String(value);
}

/** One `name: value` per setting, a value nobody set marked as the bot's default. */
export function settingRows(defaults: PlaceDefaults, platformLocale: Locale, locale: Locale): string[] {
  const effective = { lang: platformLocale, ...BOT_DEFAULTS };
  return (['lang', 'notation', 'decimals', 'theme'] as const).map((name) => {
    const set = defaults[name];
    const value = valueText(name, set ?? effective[name], locale);
    return t(locale, `settings.row_${name}`, {
      value: set === undefined ? t(locale, 'settings.bot_default', { value }) : value,
    });
  });
}

/** The defaults line of /help: every setting in force here, in one line. */
export function defaultsLine(defaults: PlaceDefaults, platformLocale: Locale, locale: Locale): string {
  const effective = { lang: platformLocale, ...BOT_DEFAULTS, ...defaults };
  const values = (['lang', 'notation', 'decimals', 'theme'] as const)
    .map((name) => t(locale, `settings.row_${name}`, { value: valueText(name, effective[name], locale) }))
    .join(' · ');
  return t(locale, 'settings.help_line', { values });
}
