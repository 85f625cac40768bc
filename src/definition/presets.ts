// Named networks a class uses, stored as text in assets/presets/<name>.txt (the bot's own notation).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../did-you-mean.js';
import { fail, type Result } from '../errors.js';
import { projectPath } from '../paths.js';
import { definitionError } from './errors.js';
import { parseDefinition, type ParsedDefinition } from './parse.js';

const PRESET_DIR = projectPath('assets', 'presets');
const NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface PresetSummary {
  name: string;
  description: string;
}

/**
 * A preset's one-line description: in English the first `#` comment line, in Persian the `# fa:` line (later
 * comments are notes). A preset without a Persian line is described in English.
 */
function descriptionOf(text: string, locale: 'en' | 'fa' = 'en'): string {
  const comments = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('#'))
    .map((line) => line.slice(1).trim());
  const persian = comments.find((line) => line.startsWith('fa:'));
  if (locale === 'fa' && persian) return persian.slice('fa:'.length).trim();
  return comments.find((line) => !line.startsWith('fa:')) ?? '';
}

function presetNames(): string[] {
  return readdirSync(PRESET_DIR)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .filter((name) => NAME.test(name))
    .sort();
}

/** Preset names beginning with what the user has typed so far (autocomplete: lists the folder, reads no file). */
export function presetNamesStartingWith(partial: string): string[] {
  const start = partial.toLowerCase();
  return presetNames().filter((name) => name.startsWith(start));
}

/** Every preset with its one-line description in that language, sorted by name. */
export function listPresets(locale: 'en' | 'fa' = 'en'): PresetSummary[] {
  return presetNames().map((name) => ({
    name,
    description: descriptionOf(readFileSync(join(PRESET_DIR, `${name}.txt`), 'utf8'), locale),
  }));
}

/** One preset's description in that language (autocomplete details), or undefined for an unknown name. */
export function describePreset(name: string, locale: 'en' | 'fa'): string | undefined {
  return presetNames().includes(name)
    ? descriptionOf(readFileSync(join(PRESET_DIR, `${name}.txt`), 'utf8'), locale)
    : undefined;
}

/** The preset's text as written in assets/presets (for showing it to a TA), or undefined. */
export function presetText(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  return presetNames().includes(key) ? readFileSync(join(PRESET_DIR, `${key}.txt`), 'utf8') : undefined;
}

const compact = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * The preset a typo most likely meant: a near spelling (`mazr`), or the one preset the word begins
 * (`softmax3` → `softmax-3class`). A word far from every preset gets no suggestion, only the list.
 */
export function suggestPreset(name: string, names: readonly string[]): string | undefined {
  const near = didYouMean(name.trim(), names);
  if (near) return near;
  const word = compact(name);
  const starting = word.length >= 3 ? names.filter((candidate) => compact(candidate).startsWith(word)) : [];
  return starting.length === 1 ? starting[0] : undefined;
}

/** A preset parsed like any definition; it carries its name. Unknown names suggest the closest. */
export function loadPreset(name: string): Result<ParsedDefinition> {
  const names = presetNames();
  const text = presetText(name);
  if (text === undefined) {
    const hint = suggestPreset(name, names);
    return fail([
      definitionError('definition.unknown_preset', { name, known: names.join(', ') }, undefined, hint),
    ]);
  }
  const parsed = parseDefinition(text);
  if (!parsed.ok) return parsed;
  // Only the name is added (not the description) so one-line forms of presets stay short.
  const key = name.trim().toLowerCase();
  return {
    ok: true,
    value: { ...parsed.value, spec: { ...parsed.value.spec, name: parsed.value.spec.name ?? key } },
  };
}
