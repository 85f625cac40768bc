// Commands are plain objects; their options are declared once (zod) and read back from that declaration.
import { z } from 'zod';
import { t } from '../text/i18n.js';
import type { Bilingual, CommandInteractions } from './interactions.js';
import type { Deps, Locale, Reply, Request } from './types.js';

export type { Bilingual } from './interactions.js';

/** The help line of the `lang` option every command takes. */
export const LANG_OPTION_HELP: Bilingual = {
  en: 'Language of the answer: en or fa.',
  fa: 'زبان پاسخ: en (انگلیسی) یا fa (فارسی).',
};

/**
 * An attached file as an option (Discord's attachment option; the playground's file picker; in
 * `backprop-tutor run`, a path). The value is the platform's reference to the file; the adapter downloads
 * it and hands the command its text as `Request.text`, so commands read a file exactly like a modal's body.
 */
export function attachmentOption() {
  return z.string().max(200).meta({ attachment: true });
}

/** Offers values while the user types an option (Discord autocomplete, the playground's list). */
export type OptionSuggester = (partial: string, locale: Locale) => string[];

export type OptionShape = Record<string, z.ZodType>;

/** What a suggested value is, in words (`mazur` → "The classic 2-2-2 worked example …"). */
export type ChoiceDescriber = (value: string, locale: Locale) => string | undefined;

export interface CommandDefinition<Shape extends OptionShape> {
  /** Lower-case, as typed after the slash: `backprop`. */
  name: string;
  description: Bilingual;
  /** Every option as a zod schema; `.optional()` or `.default()` when the user may leave it out. */
  options: z.ZodObject<Shape>;
  /** What each option means, in both languages (required for every option, so none goes unexplained). */
  optionText: { [K in keyof Shape]: Bilingual };
  /** The option a bare word fills: `/explain xavier` sets `topic`. */
  firstOption?: keyof Shape & string;
  /** Options whose values are suggested while typing (they must be free-text options). */
  suggest?: { [K in keyof Shape]?: OptionSuggester };
  /** A suggested value in words, shown beside it (a preset's description), in the user's language. */
  describeChoice?: { [K in keyof Shape]?: ChoiceDescriber };
  /** Command lines shown in /help and the playground, e.g. `/backprop preset:mazur`. */
  examples: string[];
  /** Modals, buttons and the state buttons hold (src/dispatch/interactions.ts); adapters render them. */
  interactions?: CommandInteractions;
  /** Reads or writes the database: runs where the store is (the main thread), not on a worker. */
  usesStore?: boolean;
  /** Options are taken as typed, the place's defaults not filled in (/settings sets them). */
  ignoresPlaceDefaults?: boolean;
  run(request: ParsedRequest<z.output<z.ZodObject<Shape>>>, deps: Deps): Promise<Reply>;
}

/** A Request whose options have passed the command's schema. */
export interface ParsedRequest<Options> extends Omit<Request, 'options'> {
  options: Options;
}

/** A command with its option types erased, as the registry and the dispatcher hold it. */
export interface Command {
  name: string;
  description: Bilingual;
  options: z.ZodObject<OptionShape>;
  optionText: Record<string, Bilingual>;
  firstOption?: string;
  suggest?: Record<string, OptionSuggester | undefined>;
  describeChoice?: Record<string, ChoiceDescriber | undefined>;
  examples: string[];
  interactions?: CommandInteractions;
  usesStore?: boolean;
  ignoresPlaceDefaults?: boolean;
  run(request: ParsedRequest<Record<string, unknown>>, deps: Deps): Promise<Reply>;
}

export function defineCommand<Shape extends OptionShape>(definition: CommandDefinition<Shape>): Command {
  return definition as unknown as Command;
}

/** One option as every platform needs to know it, read from the zod schema. */
export interface OptionInfo {
  name: string;
  kind: 'string' | 'integer' | 'number' | 'boolean' | 'attachment';
  description: Bilingual;
  required: boolean;
  choices?: string[];
  defaultValue?: string | number | boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  autocomplete: boolean;
}

interface JsonSchemaProperty {
  type?: string;
  enum?: (string | number)[];
  default?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  attachment?: boolean;
}

const infoCache = new WeakMap<Command, OptionInfo[]>();

/** The options of a command in declaration order, each with its kind, limits and choices. */
export function optionInfos(command: Command): OptionInfo[] {
  const cached = infoCache.get(command);
  if (cached) return cached;
  const schema = z.toJSONSchema(command.options, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchemaProperty>;
    required?: string[];
  };
  const required = new Set(schema.required ?? []);
  const infos = Object.keys(command.options.shape).map((name): OptionInfo => {
    const property = schema.properties?.[name] ?? {};
    const kind =
      property.type === 'integer' || property.type === 'number' || property.type === 'boolean'
        ? property.type
        : property.attachment === true
          ? 'attachment'
          : 'string';
    const info: OptionInfo = {
      name,
      kind,
      description: command.optionText[name] ?? { en: name, fa: name },
      required: required.has(name),
      autocomplete: command.suggest?.[name] !== undefined,
    };
    if (property.enum) info.choices = property.enum.map(String);
    if (property.default !== undefined) info.defaultValue = property.default;
    // Integers without a stated bound get ±2^53 from zod; that is no limit worth showing.
    if (property.minimum !== undefined && Math.abs(property.minimum) < 2 ** 52) info.min = property.minimum;
    if (property.maximum !== undefined && Math.abs(property.maximum) < 2 ** 52) info.max = property.maximum;
    if (property.maxLength !== undefined) info.maxLength = property.maxLength;
    return info;
  });
  infoCache.set(command, infos);
  return infos;
}

/** Discord application-command option types (https://discord.com/developers/docs/interactions/application-commands). */
export const DISCORD_OPTION_TYPE = { string: 3, integer: 4, boolean: 5, number: 10, attachment: 11 } as const;

export interface DiscordOption {
  type: (typeof DISCORD_OPTION_TYPE)[keyof typeof DISCORD_OPTION_TYPE];
  name: string;
  description: string;
  required: boolean;
  choices?: { name: string; value: string }[];
  autocomplete?: boolean;
  min_value?: number;
  max_value?: number;
  max_length?: number;
}

export interface DiscordCommand {
  type: 1;
  name: string;
  description: string;
  options: DiscordOption[];
}

/** Discord caps descriptions at 100 characters; cut at a word so nothing ends mid-word. */
function discordDescription(text: string): string {
  if (text.length <= 100) return text;
  const cut = text.slice(0, 99);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

/** The option definitions of a slash command as plain JSON (required options first, as Discord demands). */
export function toDiscordOptions(command: Command): DiscordOption[] {
  const options = optionInfos(command).map((info): DiscordOption => {
    const option: DiscordOption = {
      type: DISCORD_OPTION_TYPE[info.kind],
      name: info.name,
      description: discordDescription(info.description.en),
      required: info.required,
    };
    // Discord allows at most 25 choices, and choices and autocomplete exclude each other.
    if (info.choices && info.choices.length <= 25 && !info.autocomplete) {
      option.choices = info.choices.map((value) => ({ name: value, value }));
    }
    if (info.autocomplete) option.autocomplete = true;
    if (info.min !== undefined && info.kind !== 'string') option.min_value = info.min;
    if (info.max !== undefined && info.kind !== 'string') option.max_value = info.max;
    if (info.kind === 'string') option.max_length = Math.min(info.maxLength ?? 6000, 6000);
    return option;
  });
  return [...options.filter((o) => o.required), ...options.filter((o) => !o.required)];
}

/** A whole slash command for Discord's bulk-overwrite endpoint. */
export function toDiscordCommand(command: Command): DiscordCommand {
  return {
    type: 1,
    name: command.name,
    description: discordDescription(command.description.en),
    options: toDiscordOptions(command),
  };
}

/** What a value of the option looks like, for usage lines: `forward|backward`, `1…10`, `mazur|xor|…`. */
export function optionValueHint(info: OptionInfo, command?: Command, suggestionsShown = 8): string {
  if (info.choices) return info.choices.join('|');
  if (info.kind === 'boolean') return 'true|false';
  if (info.kind === 'attachment') return 'file';
  if (info.kind === 'integer' || info.kind === 'number') {
    if (info.min !== undefined && info.max !== undefined) return `${info.min}…${info.max}`;
    return info.kind === 'integer' ? 'N' : 'x';
  }
  const suggestions = command?.suggest?.[info.name]?.('', 'en') ?? [];
  if (suggestions.length > 0 && suggestionsShown > 0)
    return suggestions.length <= suggestionsShown
      ? suggestions.join('|')
      : `${suggestions.slice(0, suggestionsShown).join('|')}|…`;
  return '…';
}

/** One usage line: `/backprop [definition] [preset:…] [view:forward|backward|update|all] …`. */
export function usageLine(command: Command, shown: (info: OptionInfo) => boolean = () => true): string {
  const parts = optionInfos(command)
    .filter(shown)
    .map((info) => {
      const body = info.name === command.firstOption ? info.name : `${info.name}:${optionValueHint(info)}`;
      return info.required ? `<${body}>` : `[${body}]`;
    });
  return [`/${command.name}`, ...parts].join(' ');
}

/** Slack's slash commands carry no files: a file comes through the command's form (a file input) instead. */
const typedInSlack = (info: OptionInfo) => info.kind !== 'attachment';

/** Slack has no typed options: the usage text Slack shows beside the slash command, plus a per-option list. */
export function slackUsage(command: Command, locale: Locale = 'en'): { usageHint: string; text: string } {
  const usage = usageLine(command, typedInSlack);
  const usageHint = usage.slice(command.name.length + 2);
  const lines = optionInfos(command)
    .filter(typedInSlack)
    .map((info) => {
      const value = optionValueHint(info, command);
      const bare = info.name === command.firstOption ? ` ${t(locale, 'commands.help_bare_word')}` : '';
      return `• \`${info.name}:${value}\`${bare} ${info.description[locale]}`;
    });
  const text = [
    `*/${command.name}* ${command.description[locale]}`,
    `\`${usage}\``,
    ...lines,
    ...command.examples.map((e) => `\`${e}\``),
  ].join('\n');
  return { usageHint: usageHint.slice(0, 1000), text };
}

/** The playground's view of a command: enough for its help panel and autocomplete. */
export interface PlaygroundCommand {
  name: string;
  description: string;
  usage: string;
  examples: string[];
  firstOption?: string;
  options: {
    name: string;
    kind: OptionInfo['kind'];
    description: string;
    required: boolean;
    choices?: string[];
    /** Each suggested value in words, when the command describes them (presets). */
    choiceDetails?: Record<string, string>;
    defaultValue?: string | number | boolean;
  }[];
}

export function toPlaygroundCommand(command: Command, locale: Locale): PlaygroundCommand {
  const result: PlaygroundCommand = {
    name: command.name,
    description: command.description[locale],
    usage: usageLine(command),
    examples: command.examples,
    options: optionInfos(command).map((info) => {
      const suggester = command.suggest?.[info.name];
      const choices = info.choices ?? suggester?.('', locale);
      const describe = command.describeChoice?.[info.name];
      const details = describe
        ? Object.fromEntries(
            (choices ?? []).flatMap((choice) => {
              const detail = describe(choice, locale);
              return detail ? [[choice, detail]] : [];
            }),
          )
        : undefined;
      return {
        name: info.name,
        kind: info.kind,
        description: info.description[locale],
        required: info.required,
        ...(choices ? { choices } : {}),
        ...(details ? { choiceDetails: details } : {}),
        ...(info.defaultValue !== undefined ? { defaultValue: info.defaultValue } : {}),
      };
    }),
  };
  if (command.firstOption) result.firstOption = command.firstOption;
  return result;
}
