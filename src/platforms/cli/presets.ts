// `backprop-tutor presets [name] [--one-line] [--lang en|fa]`: lists the built-in networks, or prints one.
import { parseArgs } from 'node:util';
import { formatDefinition, formatOneLine, listPresets, loadPreset } from '../../definition/index.js';
import { describeError } from '../../text/i18n.js';
import { formatCliError } from './input.js';
import type { Subcommand } from './main.js';

const USAGE = 'usage: backprop-tutor presets [name] [--one-line] [--lang en|fa]';

const presets: Subcommand = async (args) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { 'one-line': { type: 'boolean' }, lang: { type: 'string' } },
    });
  } catch (error) {
    process.stderr.write(`backprop-tutor presets: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { positionals, values } = parsed;
  const locale = values.lang === 'fa' ? 'fa' : 'en';
  if (positionals.length > 1 || (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'fa')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const [name] = positionals;
  if (name === undefined) {
    const all = listPresets(locale);
    const width = Math.max(...all.map((p) => p.name.length));
    process.stdout.write(all.map((p) => `${p.name.padEnd(width)}  ${p.description}`).join('\n') + '\n');
    return 0;
  }
  const preset = loadPreset(name);
  if (!preset.ok) {
    process.stderr.write(
      preset.error.map((e) => formatCliError(e, (x) => describeError(x, locale))).join('\n') + '\n',
    );
    return 2;
  }
  const text = values['one-line'] ? formatOneLine(preset.value.spec) : formatDefinition(preset.value.spec);
  process.stdout.write(text + '\n');
  return 0;
};
export default presets;
