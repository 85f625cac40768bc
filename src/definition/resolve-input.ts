// The one place that reads "a preset, a definition or the message's text" for every command, the CLI and message actions.
import { fail, type Result, type UserError } from '../errors.js';
import { t } from '../text/i18n.js';
import { listPresets, loadPreset } from './presets.js';
import { parseDefinition, type DefinitionOptions, type ParsedDefinition } from './parse.js';

export interface NetworkInput {
  preset?: string | undefined;
  definition?: string | undefined;
  /** A preset name or a definition (the CLI's `--net`, /check's `net:`). */
  net?: string | undefined;
  /** A modal's, message's or attached file's body. */
  text?: string | undefined;
  /** How to read numbered weights and matrices when the text fits both orders. */
  numbering?: DefinitionOptions['numbering'] | undefined;
  /** A worked solution pasted with the network (/check's answers): its numbers choose between readings. */
  worked?: string | undefined;
}

/** The catalogue ids a command answers with when both or neither were given (their wording differs per command). */
export interface NetworkInputMessages {
  both: string;
  none: string;
}

const problem = (id: string, field?: string): UserError => ({
  id,
  message: t('en', id),
  ...(field ? { location: { field } } : {}),
});

/** Whether `name` is exactly a preset's name (case and spaces aside). */
export function isPresetName(name: string): boolean {
  const key = name.trim().toLowerCase();
  return listPresets().some((preset) => preset.name === key);
}

export function resolveNetworkInput(
  input: NetworkInput,
  messages: NetworkInputMessages,
): Result<ParsedDefinition> {
  const netIsPreset = input.net !== undefined && isPresetName(input.net);
  const preset = input.preset ?? (netIsPreset ? input.net!.trim().toLowerCase() : undefined);
  const definition = input.definition ?? (input.net !== undefined && !netIsPreset ? input.net : undefined);
  if (preset !== undefined && definition !== undefined) return fail([problem(messages.both, 'preset')]);
  if (preset !== undefined) return loadPreset(preset);
  const source = definition ?? input.text;
  if (source === undefined || source.trim() === '') return fail([problem(messages.none)]);
  return parseDefinition(source, {
    ...(input.numbering ? { numbering: input.numbering } : {}),
    ...(input.worked ? { worked: input.worked } : {}),
  });
}
