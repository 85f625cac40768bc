// A chat command line as people type it (`/backprop preset:mazur view:"all"`) -> command name, options, text.
import { didYouMean } from '../did-you-mean.js';
import type { UserError } from '../errors.js';
import { fail, ok, type Result } from '../errors.js';

export interface CommandLine {
  command: string;
  options: Record<string, string>;
  /** Lines after the first (a multi-line message body): the request's `text`. */
  text?: string;
}

interface Token {
  raw: string;
  /** The token with surrounding quotes removed. */
  value: string;
  /** 1-based column of the token's first character on the command line. */
  column: number;
}

const OPENING_QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '«': '»' };
const BRACKETS: Record<string, string> = { '[': ']', '(': ')', '{': '}' };
const CLOSING_BRACKETS = new Set(Object.values(BRACKETS));

/** Splits on whitespace, except inside quotes and brackets (`W1:[[0.1, 0.2]]` stays one token). */
function splitTokens(line: string): Token[] {
  const tokens: Token[] = [];
  let raw = '';
  let value = '';
  let quote: string | undefined;
  let depth = 0;
  let column = 1;
  let start = 1;
  const push = () => {
    if (raw) tokens.push({ raw, value, column: start });
    raw = '';
    value = '';
  };
  for (const char of line) {
    column += 1;
    if (raw === '') start = column - 1;
    if (quote) {
      raw += char;
      if (char === quote) quote = undefined;
      else value += char;
      continue;
    }
    const closing = OPENING_QUOTES[char];
    if (closing && (raw === '' || raw.endsWith(':'))) {
      quote = closing;
      raw += char;
      continue;
    }
    if (BRACKETS[char]) depth++;
    else if (CLOSING_BRACKETS.has(char) && depth > 0) depth--;
    if (/\s/.test(char) && depth === 0) {
      push();
      continue;
    }
    raw += char;
    value += char;
  }
  push();
  return tokens;
}

/** Index of the first newline that is not inside quotes: the command line ends there. */
function firstLineEnd(input: string): number {
  let quote: string | undefined;
  for (let index = 0; index < input.length; index++) {
    const char = input[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (OPENING_QUOTES[char]) {
      quote = OPENING_QUOTES[char];
    } else if (char === '\n') {
      return index;
    }
  }
  return -1;
}

const OPTION_TOKEN = /^([a-z][a-z0-9_-]*):(.*)$/is;

/** Options every command takes, read even when the command itself is unknown (so its error is in that language). */
const COMMON_OPTIONS = ['lang'];

/** The language asked for with `lang:` on a command line, for errors found before its options are read. */
export function localeWritten(line: string): 'en' | 'fa' | undefined {
  const match = /(?:^|\s)lang:\s*["']?(en|fa)\b/i.exec(line.split('\n', 1)[0] ?? '');
  return match ? (match[1]!.toLowerCase() as 'en' | 'fa') : undefined;
}

/**
 * Parses a command line. `optionNamesOf(command)` lists the command's options (undefined for an unknown
 * command); `firstOptionOf(command)` names the option that bare words fill. A `name:value` token whose
 * name is not an option of the command is a bare word (the one-line definition form uses `layers:2-2-1`),
 * unless `isBodyKey` says it is no key of the body and its name is a typo of an option (`presett:`).
 */
export function parseCommandLine(
  input: string,
  optionNamesOf: (command: string) => readonly string[] | undefined,
  firstOptionOf: (command: string) => string | undefined,
  isBodyKey?: (name: string) => boolean,
): Result<CommandLine> {
  const trimmed = input.replace(/\r\n?/g, '\n').trim();
  const end = firstLineEnd(trimmed);
  const head = end === -1 ? trimmed : trimmed.slice(0, end);
  const body = end === -1 ? '' : trimmed.slice(end + 1).trim();
  const tokens = splitTokens(head);
  const first = tokens.shift();
  if (!first || !/^\/?[a-z][a-z0-9_-]*$/i.test(first.raw)) {
    return fail([
      {
        id: 'commands.no_command',
        message: 'Start with a command, for example /backprop preset:mazur or /help.',
        location: { line: 1, column: 1, ...(first ? { excerpt: first.raw } : {}) },
      },
    ]);
  }
  const command = first.raw.replace(/^\//, '').toLowerCase();
  const declared = optionNamesOf(command);
  const known = new Set(declared ?? COMMON_OPTIONS);
  const options: Record<string, string> = {};
  const bare: string[] = [];
  const errors: UserError[] = [];
  for (const token of tokens) {
    const match = OPTION_TOKEN.exec(token.raw);
    const name = match?.[1]?.toLowerCase();
    if (match && name && known.has(name)) {
      if (name in options) {
        errors.push({
          id: 'commands.option_duplicate',
          message: `The option ${name} is given twice.`,
          params: { option: name },
          location: { field: name, excerpt: token.raw },
        });
        continue;
      }
      options[name] = token.value.slice(token.value.indexOf(':') + 1);
    } else if (match && name && declared && isBodyKey && !isBodyKey(name) && didYouMean(name, declared, 1)) {
      const suggestion = didYouMean(name, declared, 1)!;
      errors.push({
        id: 'commands.unknown_option',
        message: `/${command} has no option ${name}: did you mean ${suggestion}:?`,
        params: { command, option: `${name}:`, suggestion: `${suggestion}:` },
        location: { line: 1, column: token.column, excerpt: token.raw },
      });
    } else {
      bare.push(token.raw === token.value || /^\S+:/.test(token.raw) ? token.raw : token.value);
    }
  }
  if (bare.length > 0) {
    const firstOption = firstOptionOf(command);
    if (firstOption && !(firstOption in options)) {
      options[firstOption] = bare.join(' ');
    } else if (optionNamesOf(command) !== undefined) {
      errors.push({
        id: 'commands.unexpected_words',
        message: `I don't know what to do with "${bare.join(' ')}" after /${command}: write options as name:value.`,
        params: { command, words: bare.join(' ') },
        location: { excerpt: bare.join(' ') },
      });
    }
  }
  if (errors.length > 0) return fail(errors);
  return ok(body ? { command, options, text: body } : { command, options });
}
