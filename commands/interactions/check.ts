// /check's interactions: without answers, a modal with room for a whole worked solution (slash options are one
// line); under a reply whose setup was read in an assumed order, an "Other reading" button that re-checks the
// same answers with the other numbering (issue #11), and under one whose "MSE" was read as ½Σ by convention an
// "MSE as (1/n)Σ" button; the setup and answers ride with the message.
import { splitRequestText } from '../../src/check/request-text.js';
import { bilingual, type ButtonState, type CommandInteractions } from '../../src/dispatch/interactions.js';
import type { Reply, Request } from '../../src/dispatch/types.js';
import { joinSheet, splitSheet } from './check-sheet.js';
import { otherReadingButton } from './other-reading-button.js';

/** Discord's limit on a modal's paragraph input. */
const MODAL_INPUT_MAX = 4000;
/** Short options a click keeps besides the setup and answers (a typed reading stays through the other button). */
const CARRIED_OPTIONS = ['lang', 'notation', 'public', 'hide', 'numbering', 'mse'] as const;
/** The state's key for the reading of "MSE" the reply offers (`mse` is the one typed). */
const OTHER_MSE = 'other-mse';

/** The setup and answers the request checked, as one text; undefined for a preset (nothing to re-read). */
function sheetOf(request: Pick<Request, 'options' | 'text'>): string | undefined {
  const { answers, net, definition, preset } = request.options;
  if (preset !== undefined) return undefined;
  const setupOption = [definition, net].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const fromText = splitRequestText(request.text ?? '', setupOption !== undefined);
  const setup = setupOption ?? fromText.network;
  const sheet = typeof answers === 'string' ? answers : fromText.answers;
  return setup === undefined ? undefined : joinSheet(setup, sheet);
}

function buttonState(request: Request, reply: Reply): ButtonState | undefined {
  if (reply.otherNumbering === undefined && reply.otherMse === undefined) return undefined;
  const sheet = sheetOf(request);
  if (sheet === undefined) return undefined;
  const state: ButtonState = { sheet };
  if (reply.otherNumbering !== undefined) state.other = reply.otherNumbering;
  if (reply.otherMse !== undefined) state[OTHER_MSE] = reply.otherMse;
  for (const name of CARRIED_OPTIONS)
    if (request.options[name] !== undefined) state[name] = String(request.options[name]);
  return state;
}

/** The same setup and answers, checked with the options the reply had and `change`. */
function recheck(state: ButtonState, change: Record<string, string | undefined>): Request['options'] {
  const parts = splitSheet(state.sheet ?? '');
  const options: Request['options'] = parts ? { net: parts.setup, answers: parts.answers } : {};
  for (const name of CARRIED_OPTIONS) {
    const value = state[name];
    if (value !== undefined) options[name] = value === 'true' ? true : value === 'false' ? false : value;
  }
  for (const [name, value] of Object.entries(change)) if (value !== undefined) options[name] = value;
  return options;
}

export const checkInteractions: CommandInteractions = {
  modal: {
    opensWhen: (options) => !options.answers && !options.file,
    title: bilingual('platforms.checkModalTitle'),
    keeps: ['preset', 'public', 'hide', 'lang'],
    fields: [
      {
        id: 'network',
        label: bilingual('platforms.checkModalNetwork'),
        into: { option: 'net' },
        placeholder: 'course-q6',
        skipWhen: (options) => options.preset !== undefined,
        initial: (options) => {
          const given = [options.net, options.definition].find((v): v is string => typeof v === 'string');
          return given !== undefined && given.length <= MODAL_INPUT_MAX ? given : undefined;
        },
      },
      {
        id: 'answers',
        label: bilingual('platforms.checkModalAnswers'),
        into: { text: true },
        placeholder: 'net_h1 = 0.3775\nout_h1 = σ(0.3775) = 0.5933\nw5+ = 0.3589',
      },
    ],
  },
  buttons: {
    state: buttonState,
    stateTitle: bilingual('platforms.checkSheetFooter'),
    stateBody: 'sheet',
    buttons: [
      otherReadingButton((state) => recheck(state, { numbering: state.other })),
      {
        id: 'mse-reading',
        label: bilingual('platforms.button.mse_reading'),
        shown: (state) => state[OTHER_MSE] !== undefined,
        click: (state) => recheck(state, { mse: state[OTHER_MSE] }),
        answer: 'replace',
      },
    ],
  },
};
