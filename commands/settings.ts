// /settings: a server's or workspace's defaults (language, notation, decimals, theme), set by a TA and used by
// every command there whose own option is not given. Without options it shows them (to anyone).
import { z } from 'zod';
import { defineCommand } from '../src/dispatch/define-command.js';
import type { Reply } from '../src/dispatch/types.js';
import { UserFacingError } from '../src/errors.js';
import { savePlaceDefaults } from '../src/settings/defaults-cache.js';
import { placeKind, settingRows } from '../src/settings/describe-defaults.js';
import {
  LANGUAGES,
  MAX_DECIMALS,
  MIN_DECIMALS,
  SETTING_NAMES,
  THEMES,
  placeDefaultsOf,
  type PlaceDefaults,
} from '../src/settings/place-defaults.js';
import { t } from '../src/text/i18n.js';
import { NOTATION_NAMES } from '../src/text/notations.js';

const options = z.object({
  lang: z.enum(LANGUAGES).optional(),
  notation: z.enum(NOTATION_NAMES).optional(),
  decimals: z.int().min(MIN_DECIMALS).max(MAX_DECIMALS).optional(),
  theme: z.enum(THEMES).optional(),
  reset: z.enum(['all', ...SETTING_NAMES]).optional(),
});

function refuse(id: string, params: Record<string, string> = {}): never {
  throw new UserFacingError([{ id: `settings.${id}`, message: `settings: ${id}`, params }]);
}

export default defineCommand({
  name: 'settings',
  description: {
    en: "This server's or workspace's defaults: language, notation, decimals and theme (TAs change them).",
    fa: 'پیش‌فرض‌های این سرور یا فضای کاری: زبان، نمادگذاری، رقم‌های اعشار و رنگ‌بندی (دستیار آموزشی تغییرشان می‌دهد).',
  },
  options,
  optionText: {
    lang: {
      en: 'Default language of the answers: en or fa (also the language of this reply).',
      fa: 'زبان پیش‌فرض پاسخ‌ها: en (انگلیسی) یا fa (فارسی)؛ این پاسخ هم به همین زبان است.',
    },
    notation: {
      en: 'Default names in walkthroughs and /check: classic, course, layered or textbook.',
      fa: 'نام‌های پیش‌فرض در شرح گام‌به‌گام و /check: classic، course، layered یا textbook.',
    },
    decimals: {
      en: `Default decimals shown (${MIN_DECIMALS}…${MAX_DECIMALS}; /backprop's precision).`,
      fa: `تعداد پیش‌فرض رقم‌های اعشار (${MIN_DECIMALS} تا ${MAX_DECIMALS}؛ همان precision در /backprop).`,
    },
    theme: {
      en: 'Default colours of the pictures: dark or light.',
      fa: 'رنگ‌بندی پیش‌فرض تصویرها: dark (تیره) یا light (روشن).',
    },
    reset: {
      en: "Back to the bot's default: all, or one of lang, notation, decimals, theme.",
      fa: 'بازگشت به پیش‌فرض ربات: all (همه) یا یکی از lang، notation، decimals، theme.',
    },
  },
  examples: [
    '/settings',
    '/settings lang:fa notation:course',
    '/settings decimals:6 theme:light',
    '/settings reset:all',
  ],
  usesStore: true,
  ignoresPlaceDefaults: true,
  async run(request, deps): Promise<Reply> {
    if (!deps.store) refuse('no_store');
    if (request.place === undefined) refuse('no_place');
    const place = placeKind(request.place);
    const locale = request.locale;
    // Read afresh, not from the cache: another instance may have changed them within the minute.
    const current = placeDefaultsOf(await deps.store.placeSettings(request.place));
    const { reset, ...chosen } = request.options;
    const changes = Object.fromEntries(Object.entries(chosen).filter(([, value]) => value !== undefined));
    // Without a TA's choice the bot's own default language is the platform's, which this reply is in.
    const platformLocale = current.lang === undefined && chosen.lang === undefined ? locale : 'en';
    const show = (title: string, defaults: PlaceDefaults): Reply => ({
      text: [
        t(locale, title, { place }),
        ...settingRows(defaults, platformLocale, locale).map((row) => `• ${row}`),
        '',
        t(locale, 'settings.how_applied'),
        t(locale, 'settings.how_to_change'),
      ].join('\n'),
      visibility: 'private',
      kind: 'ok',
    });
    if (Object.keys(changes).length === 0 && reset === undefined) return show('settings.title', current);
    if (request.user.role !== 'ta') refuse('ta_only', { place });
    const next: PlaceDefaults = reset === 'all' ? {} : { ...current };
    if (reset !== undefined && reset !== 'all') delete next[reset];
    const saved = await savePlaceDefaults(
      deps.store,
      request.place,
      { ...next, ...changes },
      request.user.id,
    );
    return show('settings.saved_title', saved);
  },
});
