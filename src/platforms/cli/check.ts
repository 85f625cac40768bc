// `backprop-tutor check --net <file|preset> --answers <file|-> [--json] [--lang en|fa] [--hide-answers]`
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkAnswers } from '../../check/check-answers.js';
import { formatCheckReport } from '../../check/format-report.js';
import type { ResolvedSpec } from '../../core/index.js';
import { resolveNetworkInput } from '../../definition/index.js';
import { fail, ok, type Result, type UserError } from '../../errors.js';
import { describeError } from '../../text/i18n.js';
import { formatCliError, readInput } from './input.js';
import type { Subcommand } from './main.js';

const USAGE =
  'usage: backprop-tutor check --net <file|preset> --answers <file|-> [--json] [--lang en|fa] [--hide-answers]';

function usageError(message: string): number {
  process.stderr.write(`backprop-tutor check: ${message}\n${USAGE}\n`);
  return 2;
}

const NETWORK_MESSAGES = { both: 'check.preset_and_definition', none: 'check.no_network' };

/** A file in any notation of the definition language, else a preset of that name. */
async function readNetwork(net: string): Promise<Result<ResolvedSpec, UserError[]>> {
  if (existsSync(net)) {
    const text = await readInput(net);
    if (!text.ok) return fail([text.error]);
    const parsed = resolveNetworkInput({ text: text.value }, NETWORK_MESSAGES);
    return parsed.ok ? ok(parsed.value.spec) : parsed;
  }
  const preset = resolveNetworkInput({ preset: net }, NETWORK_MESSAGES);
  return preset.ok ? ok(preset.value.spec) : preset;
}

const check: Subcommand = async (args) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        net: { type: 'string' },
        answers: { type: 'string' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        'hide-answers': { type: 'boolean' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values } = parsed;
  const locale = values.lang ?? 'en';
  if (locale !== 'en' && locale !== 'fa') return usageError(`--lang must be en or fa, got '${locale}'`);
  if (values.net === undefined) return usageError('which network? give --net with a file or a preset name');
  if (values.answers === undefined)
    return usageError('which answers? give --answers with a file, or - for standard input');

  const printErrors = (errors: UserError[]) => {
    process.stderr.write(
      errors.map((e) => formatCliError(e, (x) => describeError(x, locale))).join('\n') + '\n',
    );
    return 2;
  };
  const spec = await readNetwork(values.net);
  if (!spec.ok) return printErrors(spec.error);
  const answers = await readInput(values.answers);
  if (!answers.ok) return printErrors([answers.error]);

  const report = checkAnswers(spec.value, answers.value, { hideExpected: Boolean(values['hide-answers']) });
  if (report.rows.length === 0) {
    return printErrors([
      { id: 'check.no_statements', message: 'I found no lines of the form name = … = number.' },
    ]);
  }
  const formatted = formatCheckReport(report, { locale });
  process.stdout.write((values.json ? formatted.json : formatted.full) + '\n');
  return 0;
};
export default check;
