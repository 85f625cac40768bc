// `backprop-tutor check --net <file|preset> --answers <file|-> [--json] [--lang en|fa] [--hide-answers]`
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkAnswers } from '../../check/check-answers.js';
import { formatCheckReport } from '../../check/format-report.js';
import { sheetNumbering } from '../../check/sheet-names.js';
import { resolveNetworkInput, type ParsedDefinition } from '../../definition/index.js';
import { fail, type Result, type UserError } from '../../errors.js';
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

/** A file in any notation of the definition language (with the page's own weight names), else a preset of that name. */
async function readNetwork(net: string, worked: string): Promise<Result<ParsedDefinition, UserError[]>> {
  if (existsSync(net)) {
    const text = await readInput(net);
    if (!text.ok) return fail([text.error]);
    return resolveNetworkInput({ text: text.value, worked }, NETWORK_MESSAGES);
  }
  return resolveNetworkInput({ preset: net }, NETWORK_MESSAGES);
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
  const answers = await readInput(values.answers);
  // The answers' numbers may settle a reading the network's page leaves open, as /check does.
  const network = await readNetwork(values.net, answers.ok ? answers.value : '');
  if (!network.ok) return printErrors(network.error);
  if (!answers.ok) return printErrors([answers.error]);

  // As /check does: the page's names for its weights first, and the sheet's numbers choose where nothing fixed them.
  const report = checkAnswers(network.value.spec, answers.value, {
    hideExpected: Boolean(values['hide-answers']),
    pageNames: network.value.pageNames,
    numbering: sheetNumbering(network.value),
  });
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
