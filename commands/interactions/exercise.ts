// /exercise's interactions: the solution modal of `submit`, and the "Delete for good" button of `delete`.
import { bilingual, type CommandInteractions } from '../../src/dispatch/interactions.js';

export const exerciseInteractions: CommandInteractions = {
  modal: {
    opensWhen: (options) => options.action === 'submit' && !options.answers && !options.file,
    title: { en: 'Submit your solution', fa: 'ارسال حل تمرین' },
    keeps: ['action', 'name', 'lang'],
    fields: [
      {
        id: 'solution',
        label: { en: 'Worked solution, one name = value per line', fa: 'حل کامل، هر سطر یک name = value' },
        into: { text: true },
        placeholder: 'net_h1 = 0.3775\nout_h1 = σ(0.3775) = 0.5933\nw5+ = 0.3589',
      },
    ],
    file: { id: 'solution_file', label: bilingual('exercise.solution_file_label') },
  },
  buttons: {
    // Only the confirmation of a delete carries a button; its state fits a custom_id.
    state(request, reply) {
      const { action, name, confirm } = request.options;
      if (action !== 'delete' || confirm === true || confirm === 'true' || typeof name !== 'string')
        return undefined;
      if (reply.visibility !== 'private') return undefined;
      return {
        action: 'delete',
        name,
        ...(typeof request.options.lang === 'string' ? { lang: request.options.lang } : {}),
      };
    },
    buttons: [
      {
        id: 'delete',
        label: bilingual('exercise.delete_button'),
        style: 'danger',
        click: (state) => ({ ...state, confirm: true }),
        answer: 'replace',
      },
    ],
  },
};
