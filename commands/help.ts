// /help: what the bot does and every command with an example, or one command's options in detail.
import { z } from 'zod';
import { didYouMean } from '../src/did-you-mean.js';
import {
  defineCommand,
  optionInfos,
  optionValueHint,
  usageLine,
  type Command,
  LANG_OPTION_HELP,
} from '../src/dispatch/define-command.js';
import { registeredCommands } from '../src/dispatch/registry.js';
import type { Locale } from '../src/dispatch/types.js';
import { defaultsLine } from '../src/settings/describe-defaults.js';
import type { PlaceDefaults } from '../src/settings/place-defaults.js';
import { UserFacingError } from '../src/errors.js';
import { ltr, t } from '../src/text/i18n.js';
import { fitSections, type Section } from '../src/text/fit-message.js';
import { CHAT_MESSAGE_LIMIT } from '../src/text/limits.js';

/** `/backprop`, kept left-to-right in Persian text (else the slash wanders to the other end). */
const commandName = (command: Command, locale: Locale): string =>
  locale === 'fa' ? ltr(`/${command.name}`) : `/${command.name}`;

/**
 * Asked for in Persian (`lang:fa`), the examples answer in Persian too; not where Persian is already the
 * default, and never /settings's, whose `lang:` would change the default.
 */
function localised(example: string, command: Command, inPersian: boolean): string {
  if (!inPersian || command.ignoresPlaceDefaults || /\blang:/.test(example)) return example;
  // A remark after the command (`/check public:true   (then paste …)`) stays after it.
  const remark = example.indexOf('  (');
  const cut = remark < 0 ? example.length : example.slice(0, remark).trimEnd().length;
  return `${example.slice(0, cut)} lang:fa${example.slice(cut)}`;
}

function overview(
  commands: readonly Command[],
  locale: Locale,
  defaults: PlaceDefaults | undefined,
  inPersian: boolean,
): string {
  const sections: Section[] = [
    { lines: [t(locale, 'commands.help_intro')], required: true },
    ...commands.map((command): Section => ({
      lines: [
        `**${commandName(command, locale)}**: ${command.description[locale]}`,
        ...command.examples.slice(0, 2).map((example) => `  \`${localised(example, command, inPersian)}\``),
      ],
      required: true,
    })),
    { lines: [t(locale, 'commands.help_more')], required: true },
    // The place's defaults, when they were looked up (a process without the database has none).
    ...(defaults ? [{ lines: [defaultsLine(defaults, locale, locale)], required: true }] : []),
  ];
  return fitSections(sections, CHAT_MESSAGE_LIMIT);
}

/** How one form of a command's help is written: its usage line, and how many suggested values an option lists. */
interface DetailForm {
  usage: string;
  suggestionsShown: number;
}

/**
 * The forms /help tries, longest first: every option with its values in the usage line; only the options' names
 * there (the rows below state each value); the command and its bare word; then fewer suggested values per row
 * (none: the command itself lists them when asked without one, as `/explain` does).
 * The first with which the whole help fits is shown.
 */
function detailForms(command: Command): DetailForm[] {
  const bare = command.firstOption ? ` [${command.firstOption}]` : '';
  const names = optionInfos(command).map((info) => {
    const body = info.name === command.firstOption ? info.name : `${info.name}:…`;
    return info.required ? `<${body}>` : `[${body}]`;
  });
  const shortest = `/${command.name}${bare} [option:value …]`;
  return [
    { usage: usageLine(command), suggestionsShown: 8 },
    { usage: [`/${command.name}`, ...names].join(' '), suggestionsShown: 8 },
    { usage: shortest, suggestionsShown: 8 },
    { usage: shortest, suggestionsShown: 4 },
    { usage: shortest, suggestionsShown: 0 },
  ];
}

function detailSections(command: Command, locale: Locale, inPersian: boolean, form: DetailForm): Section[] {
  const options = optionInfos(command).map((info) => {
    const bare = info.name === command.firstOption ? ` ${t(locale, 'commands.help_bare_word')}` : '';
    const value = optionValueHint(info, command, form.suggestionsShown);
    return `• \`${info.name}:${value}\`${bare}: ${info.description[locale]}`;
  });
  return [
    {
      lines: [`**${commandName(command, locale)}**: ${command.description[locale]}`, `\`${form.usage}\``],
      required: true,
    },
    { lines: [t(locale, 'commands.help_options'), ...options], droppableRows: true },
    {
      lines: [
        t(locale, 'commands.help_examples'),
        ...command.examples.map((e) => `\`${localised(e, command, inPersian)}\``),
      ],
      droppableRows: true,
    },
  ];
}

/** One command's help, whole: every option row and every example, with the longest usage line that lets it fit. */
export function details(
  command: Command,
  locale: Locale,
  inPersian: boolean,
  limit = CHAT_MESSAGE_LIMIT,
): string {
  const variants = detailForms(command).map((form) => detailSections(command, locale, inPersian, form));
  for (const sections of variants) {
    const whole = fitSections(sections, Infinity);
    if (whole.length <= limit) return whole;
  }
  // Not even the shortest fits (a test keeps every command from getting here): drop rows rather than fail.
  return fitSections(variants.at(-1)!, limit);
}

export default defineCommand({
  name: 'help',
  description: {
    en: 'What this bot does, and every command with an example.',
    fa: 'این ربات چه می‌کند، و همهٔ فرمان‌ها با یک مثال.',
  },
  options: z.object({
    command: z.string().max(40).optional(),
    lang: z.enum(['en', 'fa']).optional(),
  }),
  optionText: {
    command: {
      en: 'Show the options of one command, e.g. backprop.',
      fa: 'گزینه‌های یک فرمان، مثلاً backprop.',
    },
    lang: LANG_OPTION_HELP,
  },
  firstOption: 'command',
  examples: ['/help', '/help backprop', '/help lang:fa'],
  async run(request) {
    // The registry imports this file, so it is read lazily (a static import would be circular).
    const commands = await registeredCommands();
    const wanted = request.options.command?.replace(/^\//, '').toLowerCase();
    const inPersian = request.options.lang === 'fa' && request.defaults?.lang !== 'fa';
    if (!wanted) return { text: overview(commands, request.locale, request.defaults, inPersian), kind: 'ok' };
    const command = commands.find((c) => c.name === wanted);
    if (!command) {
      const suggestion = didYouMean(
        wanted,
        commands.map((c) => c.name),
      );
      throw new UserFacingError([
        {
          id: 'commands.unknown_command',
          message: `unknown command /${wanted}`,
          params: { command: wanted, ...(suggestion ? { suggestion: `/${suggestion}` } : {}) },
          location: { field: 'command' },
        },
      ]);
    }
    return { text: details(command, request.locale, inPersian), kind: 'ok' };
  },
});
