// /check's interaction: without answers, a modal with room for a whole worked solution (slash options are one line).
import { bilingual, type CommandInteractions } from '../../src/dispatch/interactions.js';

/** Discord's limit on a modal's paragraph input. */
const MODAL_INPUT_MAX = 4000;

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
};
