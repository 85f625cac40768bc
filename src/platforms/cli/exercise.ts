// `backprop-tutor exercise export <name> [--json] [--place P] [--lang en|fa]`: a whole exercise for a TA's records.
import { parseArgs } from 'node:util';
import { configOrExit } from '../../config.js';
import type { UserError } from '../../errors.js';
import { exportExercise, exportGradesCsv } from '../../exercises/export.js';
import { openStore, StoreStartError } from '../../store/open-store.js';
import type { Store } from '../../store/types.js';
import { describeError } from '../../text/i18n.js';
import { formatCliError } from './input.js';
import type { Subcommand } from './main.js';

const USAGE = `usage: backprop-tutor exercise export <name> [--json] [--place PLACE] [--lang en|fa]
  Prints the grades CSV (one row per student), or with --json every student's network and every attempt.
  The database is DATA_DIR's (default ./data) or DATABASE_URL's; stop the bot first when it uses DATA_DIR.
  --place: the Discord server id, Slack team id, playground or cli (default: the only place with that name).`;

function usageError(message: string): number {
  process.stderr.write(`backprop-tutor exercise: ${message}\n${USAGE}\n`);
  return 2;
}

/** The one place holding `name`: the one asked for, else the only one there is. */
async function placeOf(store: Store, name: string, asked: string | undefined): Promise<UserError | string> {
  const places = await store.placesOf(name);
  if (asked !== undefined)
    return places.includes(asked)
      ? asked
      : { id: 'exercise.export_not_found', message: `no exercise ${name}`, params: { name } };
  if (places.length === 1) return places[0]!;
  if (places.length === 0)
    return { id: 'exercise.export_not_found', message: `no exercise ${name}`, params: { name } };
  return {
    id: 'exercise.export_which_place',
    message: `${name} is in ${places.join(', ')}`,
    params: { name, places: places.join(', ') },
  };
}

const exercise: Subcommand = async (args) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        place: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const locale = values.lang;
  if (locale !== 'en' && locale !== 'fa') return usageError(`--lang must be en or fa, got '${locale}'`);
  const [action, name, ...extra] = positionals;
  if (action !== 'export') return usageError(action ? `unknown action '${action}'` : 'which action? export');
  if (!name || extra.length > 0) return usageError('give exactly one exercise name, e.g. export hw3');

  const config = configOrExit(process.env, 'backprop-tutor exercise');
  let store: Store;
  try {
    store = await openStore({
      dataDir: config.DATA_DIR,
      ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    });
  } catch (error) {
    if (!(error instanceof StoreStartError)) throw error;
    process.stderr.write(`backprop-tutor exercise: ${error.message}\n`);
    return 1;
  }
  try {
    const place = await placeOf(store, name.toLowerCase(), values.place);
    if (typeof place !== 'string') {
      process.stderr.write(`${formatCliError(place, (e) => describeError(e, locale))}\n`);
      return 2;
    }
    const found = (await store.findExercise(place, name.toLowerCase()))!;
    process.stdout.write(
      values.json
        ? `${JSON.stringify(await exportExercise(store, found), null, 2)}\n`
        : await exportGradesCsv(store, found),
    );
    return 0;
  } finally {
    await store.close();
  }
};

export default exercise;
