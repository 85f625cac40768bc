// `backprop-tutor check --net <file|preset> --answers <file|-> [--json] [--lang en|fa] [--hide-answers]
//  [--numbering destination-first|source-first] [--mse half-sum|mean]`
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkAnswers } from '../../check/check-answers.js';
import { formatCheckReport } from '../../check/format-report.js';
import { sheetNumbering } from '../../check/sheet-names.js';
import { MSE_READINGS, type MseReading } from '../../../commands/check-loss-reading.js';
import { checkReadings, networkToCheck } from '../../../commands/check-readings.js';
import { resolveNetworkInput, type ParsedDefinition } from '../../definition/index.js';
import { fail, type Result, type UserError } from '../../errors.js';
import { describeError } from '../../text/i18n.js';
import { formatCliError, readInput } from './input.js';
import type { Subcommand } from './main.js';

const USAGE =
  'usage: backprop-tutor check --net <file|preset> --answers <file|-> [--json] [--lang en|fa] [--hide-answers] [--numbering destination-first|source-first] [--mse half-sum|mean]';
const NUMBERINGS = ['destination-first', 'source-first'] as const;
type Numbering = (typeof NUMBERINGS)[number];

function usageError(message: string): number {
  process.stderr.write(`backprop-tutor check: ${message}\n${USAGE}\n`);
  return 2;
}

const NETWORK_MESSAGES = { both: 'check.preset_and_definition', none: 'check.no_network' };

/** A file in any notation of the definition language (with the page's own weight names), else a preset of that name. */
async function readNetwork(
  net: string,
  worked: string,
  numbering: Numbering | undefined,
): Promise<Result<ParsedDefinition, UserError[]>> {
  if (existsSync(net)) {
    const text = await readInput(net);
    if (!text.ok) return fail([text.error]);
    return resolveNetworkInput({ text: text.value, worked, numbering }, NETWORK_MESSAGES);
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
        numbering: { type: 'string' },
        mse: { type: 'string' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values } = parsed;
  const locale = values.lang ?? 'en';
  if (locale !== 'en' && locale !== 'fa') return usageError(`--lang must be en or fa, got '${locale}'`);
  const numbering = values.numbering as Numbering | undefined;
  if (numbering !== undefined && !NUMBERINGS.includes(numbering))
    return usageError(`--numbering must be ${NUMBERINGS.join(' or ')}, got '${numbering}'`);
  const mse = values.mse as MseReading | undefined;
  if (mse !== undefined && !MSE_READINGS.includes(mse))
    return usageError(`--mse must be ${MSE_READINGS.join(' or ')}, got '${mse}'`);
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
  const network = await readNetwork(values.net, answers.ok ? answers.value : '', numbering);
  if (!network.ok) return printErrors(network.error);
  if (!answers.ok) return printErrors([answers.error]);
  const spec = networkToCheck(network.value, mse);
  if (!spec.ok) return printErrors(spec.error);

  // As /check does: the page's names for its weights first, and the sheet's numbers choose where nothing fixed them.
  const options = {
    hideExpected: Boolean(values['hide-answers']),
    pageNames: network.value.pageNames,
    numbering: numbering ?? sheetNumbering(network.value),
  };
  const report = checkAnswers(spec.value, answers.value, options);
  if (report.rows.length === 0) {
    return printErrors([
      { id: 'check.no_statements', message: 'I found no lines of the form name = … = number.' },
    ]);
  }
  // How the setup was read, in the same lines /check's reply opens with (never a silent reading).
  const readings = checkReadings(
    { network: network.value, spec: spec.value, sheet: answers.value, options, report, mse },
    locale,
  );
  const formatted = formatCheckReport(report, { locale, readings: readings.lines });
  process.stdout.write((values.json ? formatted.json : formatted.full) + '\n');
  return 0;
};
export default check;
