// /train's interactions: a modal for a long data set, and buttons that re-run the reply's network with
// twice the epochs or another optimizer (stateless: the network and settings travel with the buttons).
import { LIMITS } from '../../src/core/types.js';
import { resolveNetworkInput } from '../../src/definition/index.js';
import {
  bilingual,
  type ButtonDeclaration,
  type ButtonState,
  type CommandInteractions,
} from '../../src/dispatch/interactions.js';
import type { Request } from '../../src/dispatch/types.js';
import { t } from '../../src/text/i18n.js';
import { networkSource } from './backprop.js';

/** Options that survive a click besides the network (short values without spaces). */
export const TRAIN_CARRIED_OPTIONS = [
  'epochs',
  'batch',
  'optimizer',
  'lr',
  'l2',
  'precision',
  'lang',
  'theme',
  'boundary',
] as const;
/** The optimizers a click switches to, and the comparison of all three on one plot. */
export const SWITCHED_OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export const COMPARED_OPTIMIZERS = SWITCHED_OPTIMIZERS.join(',');

/** The state's network and options back as the options of a new /train request. */
function rerun(state: ButtonState): Request['options'] {
  const { network = '', ...rest } = state;
  const options: Request['options'] = {};
  for (const name of TRAIN_CARRIED_OPTIONS) if (rest[name] !== undefined) options[name] = rest[name]!;
  const preset = /^preset:(\S+)$/.exec(network)?.[1];
  if (preset) options.preset = preset;
  else options.definition = network;
  return options;
}

/** The epochs and optimizer a reply trained with: the options typed, else the definition's own. */
function trainedWith(request: Request): { epochs?: number; optimizer?: string } {
  const { preset, definition, epochs, optimizer } = request.options;
  const parsed = resolveNetworkInput(
    {
      preset: typeof preset === 'string' ? preset : undefined,
      definition: typeof definition === 'string' ? definition : undefined,
      text: request.text,
    },
    { both: 'training.both', none: 'training.none' },
  );
  const training = parsed.ok ? parsed.value.spec.training : undefined;
  return {
    epochs: epochs !== undefined ? Number(epochs) : training?.epochs,
    optimizer: optimizer !== undefined ? String(optimizer) : training?.optimizer,
  };
}

const optimizerButton = (optimizer: (typeof SWITCHED_OPTIMIZERS)[number]): ButtonDeclaration => ({
  id: optimizer,
  label: { en: optimizer, fa: optimizer },
  click: (state) => ({ ...rerun(state), optimizer }),
  pressed: (state) => state.optimizer === optimizer,
  answer: 'replace',
});

export const trainInteractions: CommandInteractions = {
  modal: {
    opensWhen: (options) => !options.definition && !options.preset,
    title: bilingual('training.modal.title'),
    keeps: TRAIN_CARRIED_OPTIONS,
    fields: [
      {
        id: 'definition',
        label: bilingual('training.modal.label'),
        into: { text: true },
        initial: (_options, locale) => t(locale, 'training.modal.template'),
      },
    ],
  },
  buttons: {
    state(request) {
      const network = networkSource(request);
      if (network === undefined) return undefined;
      const state: ButtonState = { network };
      for (const name of TRAIN_CARRIED_OPTIONS)
        if (request.options[name] !== undefined) state[name] = String(request.options[name]);
      const { epochs, optimizer } = trainedWith(request);
      if (epochs !== undefined) state.epochs = String(epochs);
      if (optimizer !== undefined) state.optimizer = optimizer;
      return state;
    },
    stateTitle: bilingual('platforms.networkFooter'),
    stateBody: 'network',
    buttons: [
      {
        id: 'more',
        label: bilingual('training.button.more'),
        style: 'primary',
        // twice as long from the start: the same run continued, since training is deterministic
        click: (state) => ({
          ...rerun(state),
          epochs: Math.min(2 * (Number(state.epochs) || 1), LIMITS.maxEpochs),
        }),
        answer: 'replace',
      },
      ...SWITCHED_OPTIMIZERS.map(optimizerButton),
      {
        id: 'compare',
        label: bilingual('training.button.compare'),
        click: (state) => ({ ...rerun(state), optimizer: COMPARED_OPTIMIZERS }),
        pressed: (state) => state.optimizer === COMPARED_OPTIMIZERS,
        answer: 'replace',
      },
    ],
  },
};
