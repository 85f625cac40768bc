// /backprop's interactions: a modal for the network, and buttons that re-run the reply's network with a change.
import { formatOneLine, parseDefinition } from '../../src/definition/index.js';
import { otherReadingToken, withOtherWeights } from '../../src/definition/other-reading.js';
import { mseReadByConvention, withMeanLoss } from './mse-reading.js';
import { otherReadingButton } from './other-reading-button.js';
import {
  bilingual,
  type ButtonDeclaration,
  type ButtonState,
  type CommandInteractions,
} from '../../src/dispatch/interactions.js';
import type { Request } from '../../src/dispatch/types.js';
import { t } from '../../src/text/i18n.js';

export const VIEWS = ['forward', 'backward', 'update'] as const;
export const TRAIN_MORE_STEPS = 10;
/** Options that survive a click besides the network (short values without spaces). */
export const CARRIED_OPTIONS = ['view', 'steps', 'precision', 'lang', 'theme'] as const;
/** Discord's embed description holds ≤ 4096 characters; leave room for the code fence. */
const MAX_NETWORK_LENGTH = 4000;

/** Any definition a user typed -> the one-line form the `definition` option accepts. */
export function canonicalDefinition(text: string): string | undefined {
  const parsed = parseDefinition(text);
  if (!parsed.ok) return undefined;
  const line = formatOneLine(parsed.value.spec as Parameters<typeof formatOneLine>[0]);
  return line.includes('\n') ? undefined : line;
}

/** The network a request computes, as it travels with the buttons: `preset:NAME` or the one-line definition. */
export function networkSource(request: Pick<Request, 'options' | 'text'>): string | undefined {
  const preset = request.options.preset;
  if (typeof preset === 'string' && preset.trim() !== '') return `preset:${preset.trim()}`;
  const definition = request.options.definition;
  const text = typeof definition === 'string' && definition.trim() !== '' ? definition : request.text;
  if (!text) return undefined;
  const line = canonicalDefinition(text);
  return line !== undefined && line.length <= MAX_NETWORK_LENGTH && !line.includes('```') ? line : undefined;
}

/** The other reading's weights of a pasted page read in an assumed order (no `numbering:` typed), if they differ. */
function otherReading(request: Pick<Request, 'options' | 'text'>): string | undefined {
  if (request.options.preset !== undefined || request.options.numbering !== undefined) return undefined;
  const definition = request.options.definition;
  const text = typeof definition === 'string' && definition.trim() !== '' ? definition : request.text;
  return text ? otherReadingToken(text) : undefined;
}

/** The state's network and options back as the options of a new /backprop request. */
function rerun(state: ButtonState): Request['options'] {
  const { network = '', ...rest } = state;
  const options: Request['options'] = {};
  for (const name of CARRIED_OPTIONS) if (rest[name] !== undefined) options[name] = rest[name]!;
  const preset = /^preset:(\S+)$/.exec(network)?.[1];
  if (preset) options.preset = preset;
  else options.definition = network;
  return options;
}

/** Steps (epochs on a data set) already trained: the option, else what the reply trained, else the definition's `steps:`, else one. */
function stepsSoFar(state: ButtonState): number {
  const fromDefinition = /(?:^|\s)steps:(\d+)(?:\s|$)/.exec(state.network ?? '')?.[1];
  return Number(state.steps) || Number(state.trained) || Number(fromDefinition) || 1;
}

const viewButton = (view: (typeof VIEWS)[number]): ButtonDeclaration => ({
  id: view,
  label: bilingual(`platforms.button.${view}`),
  click: (state) => ({ ...rerun(state), view }),
  pressed: (state) => state.view === view,
  answer: 'replace',
});

export const backpropInteractions: CommandInteractions = {
  modal: {
    opensWhen: (options) => !options.definition && !options.preset,
    title: bilingual('platforms.modalTitle'),
    keeps: CARRIED_OPTIONS,
    fields: [
      {
        id: 'definition',
        label: bilingual('platforms.modalLabel'),
        into: { text: true },
        initial: (_options, locale) => t(locale, 'platforms.modalTemplate'),
      },
    ],
  },
  buttons: {
    state(request, reply) {
      const network = networkSource(request);
      if (network === undefined) return undefined;
      const state: ButtonState = { network };
      if (reply.trained !== undefined) state.trained = String(reply.trained);
      for (const name of CARRIED_OPTIONS)
        if (request.options[name] !== undefined) state[name] = String(request.options[name]);
      // A page read in an assumed order (destination- or source-first): the other reading is one click away.
      const other = otherReading(request);
      if (other !== undefined) state.other = other;
      // "MSE" read as ½Σ by convention: (1/n)Σ is one click away.
      if (mseReadByConvention(request)) state.mse = '1';
      return state;
    },
    stateTitle: bilingual('platforms.networkFooter'),
    stateBody: 'network',
    buttons: [
      ...VIEWS.map(viewButton),
      {
        id: 'train',
        label: bilingual('platforms.button.train'),
        click: (state) => ({ ...rerun(state), steps: stepsSoFar(state) + TRAIN_MORE_STEPS }),
        answer: 'replace',
      },
      otherReadingButton((state) => {
        const options = rerun(state);
        const other =
          state.other === undefined ? undefined : withOtherWeights(state.network ?? '', state.other);
        return other === undefined ? options : { ...options, definition: other };
      }),
      {
        id: 'mse-reading',
        label: bilingual('platforms.button.mse_reading'),
        shown: (state) => state.mse === '1',
        click: (state) => {
          const options = rerun(state);
          const other = withMeanLoss(state.network ?? '');
          return other === undefined ? options : { ...options, definition: other };
        },
        answer: 'replace',
      },
      {
        id: 'walkthrough',
        label: bilingual('platforms.button.walkthrough'),
        click: (state) => ({ ...rerun(state), view: 'all' }),
        answer: 'private',
      },
    ],
  },
};
