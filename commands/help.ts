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
import { UserFacingError } from '../src/errors.js';
import { ltr, t } from '../src/text/i18n.js';
import { fitSections, type Section } from '../src/text/fit-message.js';
import { CHAT_MESSAGE_LIMIT } from '../src/text/limits.js';

/** `/backprop`, kept left-to-right in Persian text (else the slash wanders to the other end). */
const commandName = (command: Command, locale: Locale): string =>
  locale === 'fa' ? ltr(`/${command.name}`) : `/${command.name}`;

function overview(commands: readonly Command[], locale: Locale): string {
  const sections: Section[] = [
    { lines: [t(locale, 'commands.help_intro')], required: true },
    ...commands.map((command): Section => ({
      lines: [
        `**${commandName(command, locale)}**: ${command.description[locale]}`,
        ...command.examples.slice(0, 2).map((example) => `  \`${example}\``),
      ],
      required: true,
    })),
    { lines: [t(locale, 'commands.help_more')], required: true },
  ];
  return fitSections(sections, CHAT_MESSAGE_LIMIT);
}

function details(command: Command, locale: Locale): string {
  const options = optionInfos(command).map((info) => {
    const bare = info.name === command.firstOption ? ` ${t(locale, 'commands.help_bare_word')}` : '';
    return `• \`${info.name}:${optionValueHint(info, command)}\`${bare}: ${info.description[locale]}`;
  });
  const sections: Section[] = [
    {
      lines: [
        `**${commandName(command, locale)}**: ${command.description[locale]}`,
        `\`${usageLine(command)}\``,
      ],
      required: true,
    },
    { lines: [t(locale, 'commands.help_options'), ...options], droppableRows: true },
    {
      lines: [t(locale, 'commands.help_examples'), ...command.examples.map((e) => `\`${e}\``)],
      droppableRows: true,
    },
  ];
  return fitSections(sections, CHAT_MESSAGE_LIMIT);
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
    if (!wanted) return { text: overview(commands, request.locale), kind: 'ok' };
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
    return { text: details(command, request.locale), kind: 'ok' };
  },
});
