// Messages of training on data sets (/train, the data-set walkthrough, the work cap), in English and Persian.
import type { Messages } from '../i18n.js';

const p = (params: Record<string, string | number>, key: string): string => String(params[key] ?? '');
/** A parameter kept left-to-right inside Persian text (numbers, counts, limits). */
const n = (params: Record<string, string | number>, key: string): string => `\u2066${p(params, key)}\u2069`;

export const trainingMessages: Messages = {
  'training.too_much_work': {
    en: (x) =>
      `Training ${p(x, 'samples')} samples × ${p(x, 'epochs')} epochs on a network with ${p(x, 'weights')} weights (${p(x, 'work')} sample-weight updates) is more than one chat reply can compute (the cap is ${p(x, 'limit')}); this network and data set can train at most ${p(x, 'maxEpochs')} epochs here. For longer runs use \`npx backprop-tutor trace\` on your own machine.`,
    fa: (x) =>
      `آموزش ${n(x, 'samples')} نمونه × ${n(x, 'epochs')} دوره روی شبکه‌ای با ${n(x, 'weights')} وزن (${n(x, 'work')} به‌روزرسانیِ نمونه-وزن) بیش از توان یک پاسخ در گفتگوست (سقف ${n(x, 'limit')})؛ این شبکه و این داده‌ها این‌جا حداکثر ${n(x, 'maxEpochs')} دوره آموزش می‌بینند. برای اجراهای طولانی‌تر از \`npx backprop-tutor trace\` روی رایانهٔ خودتان استفاده کنید.`,
  },
};

const code = (s: string | number | undefined) => `\u2066\`${String(s ?? '')}\`\u2069`;

/** Errors of the definition language's data-set and optimizer keys. Params as named. */
export const trainingDefinitionMessages: Messages = {
  'training.bad_data_row': {
    en: (x) =>
      `I could not read the sample \`${p(x, 'text')}\`: write its inputs, an arrow and its targets, e.g. \`0 1 -> 1\`.`,
    fa: (x) =>
      `نمونهٔ ${code(p(x, 'text'))} خوانده نشد: ورودی‌ها، یک پیکان و هدف‌ها را بنویسید، مثلاً ${code('0 1 -> 1')}.`,
  },
  'training.bad_data_json': {
    en: 'The data set in JSON must be a list of samples, e.g. `[{"input": [0, 1], "target": [1]}]` or `[[0, 1, 1]]`.',
    fa: `داده‌ها در JSON باید فهرستی از نمونه‌ها باشند، مثلاً ${code('[{"input": [0, 1], "target": [1]}]')} یا ${code('[[0, 1, 1]]')}.`,
  },
  'training.empty_data': {
    en: 'data: has no samples; write one per line under it, e.g. `0 0 -> 0`.',
    fa: `زیر ${code('data:')} نمونه‌ای نیست؛ هر نمونه را در یک سطر زیر آن بنویسید، مثلاً ${code('0 0 -> 0')}.`,
  },
  'training.unsplit_data_row': {
    en: (x) =>
      `In the sample \`${p(x, 'text')}\` I cannot tell the inputs from the targets (the network has ${p(x, 'inputs')} inputs): put an arrow between them, e.g. \`0 1 -> 1\`, or give \`layers:\`.`,
    fa: (x) =>
      `در نمونهٔ ${code(p(x, 'text'))} ورودی‌ها از هدف‌ها جدا نمی‌شوند (شبکه ${n(x, 'inputs')} ورودی دارد): میانشان پیکان بگذارید، مثلاً ${code('0 1 -> 1')}، یا ${code('layers:')} را بدهید.`,
  },
  'training.ragged_data': {
    en: (x) =>
      `Sample ${p(x, 'row')} has ${p(x, 'inputs')} inputs and ${p(x, 'targets')} targets, but the first has ${p(x, 'firstInputs')} and ${p(x, 'firstTargets')}.`,
    fa: (x) =>
      `نمونهٔ ${n(x, 'row')} ${n(x, 'inputs')} ورودی و ${n(x, 'targets')} هدف دارد، اما نمونهٔ اول ${n(x, 'firstInputs')} و ${n(x, 'firstTargets')}.`,
  },
  'training.unknown_optimizer': {
    en: (x) => `Unknown optimizer \`${p(x, 'name')}\`. Known: ${p(x, 'known')}.`,
    fa: (x) => `بهینه‌ساز ناشناخته ${code(p(x, 'name'))}. شناخته‌شده‌ها: ${code(p(x, 'known'))}.`,
  },
  'training.bad_batch': {
    en: (x) =>
      `I could not read the batch size \`${p(x, 'text')}\`: write \`full\`, \`online\` or a number of samples such as \`mini-batch 2\`.`,
    fa: (x) =>
      `اندازهٔ دستهٔ ${code(p(x, 'text'))} خوانده نشد: ${code('full')} (کامل)، ${code('online')} (برخط) یا تعداد نمونه‌ها مانند ${code('mini-batch 2')} بنویسید.`,
  },
  'training.bad_reduction': {
    en: (x) => `reduction must be \`mean\` or \`sum\`, not \`${p(x, 'text')}\`.`,
    fa: (x) => `${code('reduction')} باید ${code('mean')} یا ${code('sum')} باشد، نه ${code(p(x, 'text'))}.`,
  },
};
