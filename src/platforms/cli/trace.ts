// `backprop-tutor trace <file|-> [--json] [--png DIR] [--view …] [--theme …] [--precision N] [--lang en|fa]`
import { parseArgs } from 'node:util';
import { computeTrace, resolveSpec, traceToJson } from '../../core/index.js';
import { DEFINITION_MAX_LENGTH, parseDefinition } from '../../definition/index.js';
import type { UserError } from '../../errors.js';
import { describeError } from '../../text/i18n.js';
import { walkthrough } from '../../text/walkthrough.js';
import { formatCliError, readInput } from './input.js';
import type { Subcommand } from './main.js';

const USAGE = `usage: backprop-tutor trace <file|-> [--json] [--png DIR] [--view forward|backward|update|summary|all] [--theme dark|light] [--precision N] [--lang en|fa]`;

function usageError(message: string): number {
  process.stderr.write(`backprop-tutor trace: ${message}\n${USAGE}\n`);
  return 2;
}

function printErrors(errors: UserError[], locale: 'en' | 'fa'): number {
  process.stderr.write(
    errors.map((e) => formatCliError(e, (x) => describeError(x, locale))).join('\n') + '\n',
  );
  return 2;
}

/**
 * The network in any notation of the definition language; a JSON spec longer than a chat
 * message allows (a large net written out in full) is read as plain SPEC-FORMAT JSON.
 */
function parseNetwork(text: string): ReturnType<typeof resolveSpec> & { notes?: string[] } {
  if (text.length <= DEFINITION_MAX_LENGTH || !text.trimStart().startsWith('{')) {
    const parsed = parseDefinition(text);
    return parsed.ok ? { ok: true, value: parsed.value.spec, notes: parsed.value.notes } : parsed;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false as const,
      error: [{ id: 'cli.bad_json', message: `The file is not valid JSON: ${(error as Error).message}.` }],
    };
  }
  return resolveSpec(json);
}

const trace: Subcommand = async (args) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        png: { type: 'string' },
        view: { type: 'string' },
        theme: { type: 'string' },
        precision: { type: 'string' },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    return usageError(
      positionals.length === 0
        ? 'which network? give a file, or - for standard input'
        : 'give one network file',
    );
  const locale = values.lang ?? 'en';
  if (locale !== 'en' && locale !== 'fa') return usageError(`--lang must be en or fa, got '${locale}'`);
  const precision = values.precision === undefined ? 4 : Number(values.precision);
  if (!Number.isInteger(precision) || precision < 1 || precision > 12)
    return usageError(`--precision must be a whole number from 1 to 12, got '${values.precision}'`);
  if (values.theme !== undefined && values.theme !== 'dark' && values.theme !== 'light')
    return usageError(`--theme must be dark or light, got '${values.theme}'`);
  const views = ['forward', 'backward', 'update', 'summary', 'all'];
  if (values.view !== undefined && !views.includes(values.view))
    return usageError(`--view must be one of ${views.join(', ')}, got '${values.view}'`);
  if (values.png === undefined && (values.view !== undefined || values.theme !== undefined))
    return usageError('--view and --theme go with --png DIR');

  const input = await readInput(positionals[0]!);
  if (!input.ok) return printErrors([input.error], locale);
  const spec = parseNetwork(input.value);
  if (!spec.ok) return printErrors(spec.error, locale);
  const result = computeTrace(spec.value);

  // Defaults and inferences are stated, never silent: beside the JSON on stderr, else above the walkthrough.
  const notes = (spec.notes ?? []).map((note) => `> ${note}\n`).join('');
  if (values.json) {
    process.stderr.write(notes);
    process.stdout.write(JSON.stringify(traceToJson(result), null, 2) + '\n');
  } else if (values.png === undefined) {
    process.stdout.write(notes + (notes ? '\n' : '') + walkthrough(result, { precision, locale }));
  } else process.stderr.write(notes);
  if (values.png !== undefined) {
    const { writeTraceImages } = await import('./trace-images.js');
    const written = await writeTraceImages(result, values.png, {
      view: (values.view ?? 'summary') as 'forward' | 'backward' | 'update' | 'summary' | 'all',
      theme: (values.theme ?? 'dark') as 'dark' | 'light',
      precision,
      locale,
    });
    for (const path of written) process.stderr.write(`wrote ${path}\n`);
  }
  return 0;
};

export default trace;
