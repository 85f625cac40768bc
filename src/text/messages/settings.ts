// Messages of /settings (a place's defaults) and the defaults line of /help, in English and Persian.
import { ltr } from '../bidi.js';
import type { MessageParams, Messages } from '../i18n.js';

const p = (params: MessageParams, key: string): string => String(params[key] ?? '');

/** Where the defaults apply, by the place's kind (server, workspace, playground, command line, a DM). */
const PLACE_EN: Record<string, string> = {
  discord: 'this server',
  'discord-dm': 'this conversation',
  slack: 'this workspace',
  playground: 'the playground',
  cli: 'the command line',
};
const PLACE_FA: Record<string, string> = {
  discord: 'این سرور',
  'discord-dm': 'این گفت‌وگو',
  slack: 'این فضای کاری',
  playground: 'زمین بازی',
  cli: 'خط فرمان',
};
const placeEn = (x: MessageParams) => PLACE_EN[p(x, 'place')] ?? 'this place';
const placeFa = (x: MessageParams) => PLACE_FA[p(x, 'place')] ?? 'اینجا';

const TA_WHO_EN =
  '(on Discord: Manage Messages in this server or the TA role; on Slack: the TA user group or a workspace admin)';
const TA_WHO_FA =
  '(در دیسکورد: مجوز Manage Messages در این سرور یا نقش دستیار؛ در اسلک: گروه کاربری دستیاران یا مدیر فضای کاری)';

export const settingsMessages: Messages = {
  'settings.title': {
    en: (x) => `**Defaults of ${placeEn(x)}**`,
    fa: (x) => `**پیش‌فرض‌های ${placeFa(x)}**`,
  },
  'settings.saved_title': {
    en: (x) => `**Saved: the defaults of ${placeEn(x)}**`,
    fa: (x) => `**ذخیره شد: پیش‌فرض‌های ${placeFa(x)}**`,
  },
  'settings.row_lang': { en: (x) => `language: ${p(x, 'value')}`, fa: (x) => `زبان: ${p(x, 'value')}` },
  'settings.row_notation': {
    en: (x) => `notation: ${p(x, 'value')}`,
    fa: (x) => `نمادگذاری: ${p(x, 'value')}`,
  },
  'settings.row_decimals': {
    en: (x) => `decimals: ${p(x, 'value')}`,
    fa: (x) => `رقم‌های اعشار: ${p(x, 'value')}`,
  },
  'settings.row_theme': { en: (x) => `theme: ${p(x, 'value')}`, fa: (x) => `رنگ‌بندی: ${p(x, 'value')}` },
  'settings.bot_default': {
    en: (x) => `${p(x, 'value')} (the bot's default)`,
    fa: (x) => `${p(x, 'value')} (پیش‌فرض ربات)`,
  },
  'settings.value_lang_en': { en: 'English (en)', fa: 'انگلیسی (en)' },
  'settings.value_lang_fa': { en: 'Persian (fa)', fa: 'فارسی (fa)' },
  'settings.value_notation_classic': { en: 'classic', fa: 'کلاسیک (classic)' },
  'settings.value_notation_course': { en: 'course', fa: 'جزوهٔ درس (course)' },
  'settings.value_notation_layered': { en: 'layered', fa: 'لایه‌ای (layered)' },
  'settings.value_notation_textbook': { en: 'textbook', fa: 'کتاب درسی (textbook)' },
  'settings.value_theme_dark': { en: 'dark', fa: 'تیره (dark)' },
  'settings.value_theme_light': { en: 'light', fa: 'روشن (light)' },
  'settings.how_applied': {
    en: 'Every command here uses them when its own option is not given (`lang:`, `notation:`, `precision:`, `theme:` win); a pasted page is still answered in its own notation.',
    fa: 'هر فرمانی در اینجا وقتی گزینهٔ خودش داده نشده باشد از این‌ها استفاده می‌کند (گزینه‌های `lang:`، `notation:`، `precision:` و `theme:` مقدم‌اند)؛ صفحهٔ چسبانده‌شده همچنان با نمادگذاری خودش پاسخ داده می‌شود.',
  },
  'settings.how_to_change': {
    en: "A TA changes them: `/settings lang:fa notation:course decimals:6 theme:light`; `reset:all` (or `reset:notation`, …) goes back to the bot's default.",
    fa: 'دستیار آموزشی آن‌ها را تغییر می‌دهد: `/settings lang:fa notation:course decimals:6 theme:light`؛ با `reset:all` (یا `reset:notation`، …) به پیش‌فرض ربات برمی‌گردد.',
  },
  'settings.ta_only': {
    en: (x) =>
      `Only a TA may change the defaults of ${placeEn(x)} ${TA_WHO_EN}. \`/settings\` alone shows them, and any command takes its own \`lang:\`, \`notation:\`, \`precision:\` or \`theme:\`.`,
    fa: (x) =>
      `فقط دستیار آموزشی می‌تواند پیش‌فرض‌های ${placeFa(x)} را تغییر دهد ${TA_WHO_FA}. \`/settings\` به‌تنهایی آن‌ها را نشان می‌دهد و هر فرمانی گزینه‌های \`lang:\`، \`notation:\`، \`precision:\` یا \`theme:\` خودش را می‌پذیرد.`,
  },
  'settings.no_store': {
    en: 'Settings need the database, and this bot was started without one.',
    fa: 'تنظیمات به پایگاه داده نیاز دارند و این ربات بدون آن اجرا شده است.',
  },
  'settings.no_place': {
    en: 'Settings belong to a server or a workspace, and this request came from neither.',
    fa: 'تنظیمات مال یک سرور یا فضای کاری است و این درخواست از هیچ‌کدام نیامده است.',
  },
  // The line /help shows under its overview.
  'settings.help_line': {
    en: (x) => `Defaults here (\`/settings\`): ${p(x, 'values')}.`,
    fa: (x) => `پیش‌فرض‌های اینجا (${ltr('`/settings`')}): ${p(x, 'values')}.`,
  },
};
