// Messages of training on data sets (/train, the data-set walkthrough, the work cap), in English and Persian.
import { ltr, type Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

const p = (params: Record<string, string | number>, key: string): string => String(params[key] ?? '');
/** A parameter kept left-to-right inside Persian text (numbers, counts, limits). */
const n = (params: Record<string, string | number>, key: string): string => `\u2066${p(params, key)}\u2069`;
/** A count in the Persian sentence (src/text/line-list.ts persianCount). */
const c = (params: Record<string, string | number>, key: string): string => persianCount(p(params, key));

export const trainingMessages: Messages = {
  'training.too_much_work': {
    en: (x) =>
      `Training ${p(x, 'samples')} samples × ${p(x, 'epochs')} epochs on a network with ${p(x, 'weights')} weights and ${p(x, 'units')} units (${p(x, 'work')} steps of work: per sample and epoch each weight counts 1, each unit 2) is more than one chat reply can compute (the cap is ${p(x, 'limit')}); this network and data set can train at most ${p(x, 'maxEpochs')} epochs here. For longer runs use \`npx backprop-tutor trace\` on your own machine.`,
    fa: (x) =>
      `آموزش ${c(x, 'samples')} نمونه × ${c(x, 'epochs')} دوره روی شبکه‌ای با ${c(x, 'weights')} وزن و ${c(x, 'units')} نورون (${n(x, 'work')} عملیات: در هر نمونه و دوره هر وزن ۱ و هر نورون ۲) بیش از توان یک پاسخ در گفتگوست (سقف ${n(x, 'limit')})؛ این شبکه و این داده‌ها این‌جا حداکثر ${c(x, 'maxEpochs')} دوره آموزش می‌بینند. برای اجراهای طولانی‌تر از \`npx backprop-tutor trace\` روی رایانهٔ خودتان استفاده کنید.`,
  },
  'training.too_much_work_runs': {
    en: (x) =>
      `Training ${p(x, 'runs')} optimizers × ${p(x, 'samples')} samples × ${p(x, 'epochs')} epochs on a network with ${p(x, 'weights')} weights and ${p(x, 'units')} units (${p(x, 'work')} steps of work together: per sample and epoch each weight counts 1, each unit 2) is more than one chat reply can compute (the cap is ${p(x, 'limit')}); with ${p(x, 'runs')} optimizers each may train at most ${p(x, 'maxEpochs')} epochs here.`,
    fa: (x) =>
      `آموزش ${c(x, 'runs')} بهینه‌ساز × ${c(x, 'samples')} نمونه × ${c(x, 'epochs')} دوره روی شبکه‌ای با ${c(x, 'weights')} وزن و ${c(x, 'units')} نورون (روی هم ${n(x, 'work')} عملیات: در هر نمونه و دوره هر وزن ۱ و هر نورون ۲) بیش از توان یک پاسخ در گفتگوست (سقف ${n(x, 'limit')})؛ با ${c(x, 'runs')} بهینه‌ساز هر کدام این‌جا حداکثر ${c(x, 'maxEpochs')} دوره آموزش می‌بینند.`,
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
      `در نمونهٔ ${persianCount(p(x, 'text'))} ورودی‌ها از هدف‌ها جدا نمی‌شوند (شبکه ${c(x, 'inputs')} ورودی دارد): میانشان پیکان بگذارید، مثلاً ${code('0 1 -> 1')}، یا ${code('layers:')} را بدهید.`,
  },
  'training.ragged_data': {
    en: (x) =>
      `Sample ${p(x, 'row')} has ${p(x, 'inputs')} inputs and ${p(x, 'targets')} targets, but the first has ${p(x, 'firstInputs')} and ${p(x, 'firstTargets')}.`,
    fa: (x) =>
      `نمونهٔ ${c(x, 'row')} ${c(x, 'inputs')} ورودی و ${c(x, 'targets')} هدف دارد، اما نمونهٔ اول ${c(x, 'firstInputs')} و ${c(x, 'firstTargets')}.`,
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

/** The network and data set /train's modal opens with (XOR, as the xor preset). */
const TRAIN_TEMPLATE_BODY = [
  'layers: 2-2-1',
  'activation: sigmoid',
  'loss: half_sse',
  'learning rate: 2',
  'W1: [[0.5, -0.4], [-0.3, 0.6]]',
  'b1: [0.1, -0.1]',
  'W2: [[0.7, -0.5]]',
  'b2: 0.2',
  'epochs: 2000',
  'batch: full',
  'data:',
  '0 0 -> 0',
  '0 1 -> 1',
  '1 0 -> 1',
  '1 1 -> 0',
];

/** How η sets the step of each kind of optimizer (records/optimizer-records.ts stepScale): gradient, normalised. */
const STEP_EN = ['η·g', 'about η per weight'] as const;
const STEP_FA = [code('η·g'), `حدود ${code('η')} برای هر وزن`] as const;

/** /train's reply and pictures. */
export const trainCommandMessages: Messages = {
  'training.bad_optimizer_lr': {
    en: (x) =>
      `\`${p(x, 'text')}\`: after the colon comes ${p(x, 'optimizer')}'s own learning rate, a number from 0 to 100, e.g. \`${p(x, 'optimizer')}:0.01\`.`,
    fa: (x) =>
      `${code(p(x, 'text'))}: پس از دونقطه نرخ یادگیریِ خودِ ${code(p(x, 'optimizer'))} می‌آید، عددی از ${n({ a: 0 }, 'a')} تا ${n({ a: 100 }, 'a')}، مثلاً ${code(`${p(x, 'optimizer')}:0.01`)}.`,
  },
  'training.both': {
    en: 'Give either a preset or a definition, not both.',
    fa: 'یا یک شبکهٔ آماده (preset) بدهید یا تعریف شبکه را، نه هر دو را.',
  },
  'training.none': {
    en: 'Give me a network with a data set: a preset (`/train preset:xor`) or a definition with `data:` rows such as `0 1 -> 1`.',
    fa: 'یک شبکه با مجموعه‌داده بدهید: یک شبکهٔ آماده (`/train preset:xor`) یا تعریفی با سطرهای `data:` مانند `0 1 -> 1`.',
  },
  'training.no_data': {
    en: 'This network has no data set to train on: add `data:` with one sample per line (`0 1 -> 1`), or use a preset such as `xor`, `moons`, `blobs-3class` or `line`.',
    fa: 'این شبکه مجموعه‌داده‌ای برای آموزش ندارد: `data:` را با یک نمونه در هر سطر (`0 1 -> 1`) اضافه کنید یا یک شبکهٔ آماده مانند `xor`، `moons`، `blobs-3class` یا `line` به کار ببرید.',
  },
  'training.bad_option': {
    en: (x) => `${p(x, 'option')}: ${p(x, 'problem')}`,
    fa: (x) => `${code(p(x, 'option'))}: ${p(x, 'problem')}`,
  },
  // Slack caps a modal's title at 24 characters, Discord a label at 45.
  'training.modal.title': { en: 'Train on a data set', fa: 'آموزش روی داده‌ها' },
  'training.modal.label': { en: 'Network and data set', fa: 'شبکه و مجموعه‌داده' },
  'training.modal.template': {
    en: ['# Edit the network and the samples, then press Submit.', ...TRAIN_TEMPLATE_BODY].join('\n'),
    fa: ['# شبکه و نمونه‌ها را ویرایش کنید و سپس «ارسال» را بزنید.', ...TRAIN_TEMPLATE_BODY].join('\n'),
  },
  'training.button.more': { en: 'Train twice as long', fa: 'آموزش دو برابر طولانی‌تر' },
  'training.button.compare': { en: 'Compare sgd, momentum, adam', fa: 'مقایسهٔ sgd، momentum و adam' },
  'training.title': { en: 'Training', fa: 'آموزش' },
  'training.setup': {
    en: (x) =>
      `${p(x, 'samples')} samples · ${p(x, 'epochs')} epochs · batch ${p(x, 'batch')} · ${p(x, 'lr') ? `η = ${p(x, 'lr')}` : 'η per optimizer'}${p(x, 'l2') ? ` · λ = ${p(x, 'l2')}` : ''} · ${p(x, 'reduction')} loss`,
    fa: (x) =>
      `${c(x, 'samples')} نمونه · ${c(x, 'epochs')} دوره · دستهٔ ${c(x, 'batch')} · ${p(x, 'lr') ? code(`η = ${p(x, 'lr')}`) : `${code('η')} برای هر بهینه‌ساز جدا`}${p(x, 'l2') ? ` · ${code(`λ = ${p(x, 'l2')}`)}` : ''} · ${p(x, 'reduction') === 'sum' ? 'مجموع' : 'میانگین'} خطای نمونه‌ها`,
  },
  'training.result': {
    en: (x) =>
      `**${p(x, 'optimizer')}** (η = ${p(x, 'lr')}${p(x, 'isDefault') ? ', default' : ''}): loss ${p(x, 'first')} → ${p(x, 'final')}; ${p(x, 'quality')}`,
    fa: (x) =>
      `**${code(p(x, 'optimizer'))}** (${code(`η = ${p(x, 'lr')}`)}${p(x, 'isDefault') ? '، پیش‌فرض' : ''}): خطا ${code(`${p(x, 'first')} → ${p(x, 'final')}`)}؛ ${p(x, 'quality')}`,
  },
  // A preset's (or the default) η is meant for its optimizer; optimizers whose step η scales otherwise took their own.
  'training.default_lr': {
    en: (x) => {
      const preset = p(x, 'whose') === 'preset';
      const [own, other] = p(x, 'presetStep') === 'gradient' ? STEP_EN : [STEP_EN[1], STEP_EN[0]];
      return `Default η for ${p(x, 'optimizers')}: ${preset ? "the preset's" : 'the default'} η = ${p(x, 'lr')} is ${preset ? 'tuned' : 'meant'} for ${p(x, 'presetOptimizer')}, whose step is ${own}, while ${p(x, 'first')}'s is ${other}. For ${preset ? "the preset's η" : `η = ${p(x, 'lr')}`} write \`${p(x, 'first')}:${p(x, 'lr')}\`, or \`lr:${p(x, 'lr')}\` for every run.`;
    },
    fa: (x) => {
      const preset = p(x, 'whose') === 'preset';
      const [own, other] = p(x, 'presetStep') === 'gradient' ? STEP_FA : [STEP_FA[1], STEP_FA[0]];
      const names = p(x, 'optimizers').split(', ').map(code).join('، ');
      return `${code('η')} پیش‌فرض برای ${names}: ${code(`η = ${p(x, 'lr')}`)} ${preset ? 'شبکهٔ آماده برای' : 'پیش‌فرض برای'} ${code(p(x, 'presetOptimizer'))} ${preset ? 'تنظیم شده' : 'در نظر گرفته شده'} که گامش ${own} است، ولی گام ${code(p(x, 'first'))} ${other} است. برای ${preset ? `${code('η')} شبکهٔ آماده` : code(`η = ${p(x, 'lr')}`)} بنویسید ${code(`${p(x, 'first')}:${p(x, 'lr')}`)}، یا برای همهٔ اجراها ${code(`lr:${p(x, 'lr')}`)}.`;
    },
  },
  // A definition's η carried to optimizers whose step η scales otherwise: the option that compares at their usual η.
  'training.definition_lr': {
    en: (x) => {
      const [own, other] = p(x, 'presetStep') === 'gradient' ? STEP_EN : [STEP_EN[1], STEP_EN[0]];
      const several = p(x, 'optimizers').includes(',');
      return `Your definition's η = ${p(x, 'lr')} was written for ${p(x, 'presetOptimizer')}, whose step is ${own}; ${p(x, 'optimizers')} ${several ? 'step' : 'steps'} by ${other}, so ${several ? 'their' : 'its'} usual η differs: \`optimizer:${p(x, 'suggestion')}\` compares at it.`;
    },
    fa: (x) => {
      const [own, other] = p(x, 'presetStep') === 'gradient' ? STEP_FA : [STEP_FA[1], STEP_FA[0]];
      const names = p(x, 'optimizers').split(', ').map(code).join('، ');
      return `${code(`η = ${p(x, 'lr')}`)} تعریف شما برای ${code(p(x, 'presetOptimizer'))} نوشته شده که گامش ${own} است؛ گام ${names} ${other} است و ${code('η')} معمولش فرق دارد: ${code(`optimizer:${p(x, 'suggestion')}`)} با آن مقایسه می‌کند.`;
    },
  },
  'training.accuracy': {
    en: (x) => `accuracy ${p(x, 'correct')}/${p(x, 'samples')} (${p(x, 'percent')} %)`,
    fa: (x) => `دقت ${c(x, 'correct')} از ${c(x, 'samples')} (${n(x, 'percent')}٪)`,
  },
  'training.learned': {
    en: 'every sample classified correctly: it learned the data set.',
    fa: 'همهٔ نمونه‌ها درست دسته‌بندی شدند: شبکه داده‌ها را یاد گرفت.',
  },
  'training.error': {
    en: (x) => `mean absolute error ${p(x, 'mae')}, largest ${p(x, 'max')}`,
    fa: (x) => `میانگین قدر مطلق خطا ${n(x, 'mae')}، بیشترین ${n(x, 'max')}`,
  },
  'training.diverged': {
    en: (x) =>
      `training stopped at epoch ${p(x, 'epoch')}: the loss stopped being a finite number (η too large?).`,
    fa: (x) =>
      `آموزش در دورهٔ ${c(x, 'epoch')} متوقف شد: خطا دیگر عددی متناهی نبود (شاید η بیش از حد بزرگ است).`,
  },
  'training.final_weights': { en: 'Final weights', fa: 'وزن‌های نهایی' },
  'training.more_inputs': {
    en: (x) =>
      `(${p(x, 'inputs')} inputs: no decision-boundary picture, which needs exactly 2; the heatmap shows each sample's hidden activations instead.)`,
    fa: (x) =>
      `(${c(x, 'inputs')} ورودی: تصویر مرز تصمیم فقط برای دقیقاً ۲ ورودی کشیده می‌شود؛ به جایش نقشهٔ رنگی، فعال‌سازی لایهٔ پنهان را برای هر نمونه نشان می‌دهد.)`,
  },
  'training.no_picture': {
    en: (x) =>
      `(${p(x, 'inputs')} input, no hidden layer: no decision boundary, which needs 2 inputs, and no hidden activations to show.)`,
    fa: (x) =>
      `(${c(x, 'inputs')} ورودی و بی لایهٔ پنهان: نه مرز تصمیم، که ۲ ورودی می‌خواهد، و نه فعال‌سازی پنهانی برای نشان دادن.)`,
  },
  // /backprop's diagram of a data-set network: circles are sample 1's, edges the first batch's
  'training.diagram.forward': {
    en: (x) => `circles: sample 1 of ${p(x, 'samples')}`,
    fa: (x) => `دایره‌ها: نمونهٔ ${n({ one: 1 }, 'one')} از ${c(x, 'samples')}`,
  },
  'training.diagram.backward': {
    en: (x) => `circles: δ of sample 1 of ${p(x, 'samples')} · edges: ∂E/∂w of the batch of ${p(x, 'batch')}`,
    fa: (x) =>
      `دایره‌ها: ${ltr('δ')} نمونهٔ ${n({ one: 1 }, 'one')} از ${c(x, 'samples')} · یال‌ها: ${ltr('∂E/∂w')} دسته‌ای با ${c(x, 'batch')} نمونه`,
  },
  'training.diagram.update': {
    en: (x) => `circles: sample 1 of ${p(x, 'samples')} · edges: the step on the batch of ${p(x, 'batch')}`,
    fa: (x) =>
      `دایره‌ها: نمونهٔ ${n({ one: 1 }, 'one')} از ${c(x, 'samples')} · یال‌ها: گام روی دسته‌ای با ${c(x, 'batch')} نمونه`,
  },
  'training.diagram.update_title': {
    en: (x) => `Weight update: one ${p(x, 'optimizer')} step on the batch`,
    fa: (x) => `به‌روزرسانی وزن‌ها: یک گام ${ltr(p(x, 'optimizer'))} روی دسته`,
  },
  'training.diagram.loss': {
    en: (x) => `E = ${p(x, 'loss')} (all ${p(x, 'samples')} samples)`,
    fa: (x) => `خطا: ${ltr(`E = ${p(x, 'loss')}`)} (همهٔ ${c(x, 'samples')} نمونه)`,
  },
  'training.diagram.loss_step': {
    en: (x) => `E = ${p(x, 'before')} → ${p(x, 'after')} after one step (all ${p(x, 'samples')} samples)`,
    fa: (x) =>
      `خطا پس از یک گام: ${ltr(`E = ${p(x, 'before')} → ${p(x, 'after')}`)} (همهٔ ${c(x, 'samples')} نمونه)`,
  },
  'training.curve.title': { en: 'Loss per epoch', fa: 'خطا در هر دوره' },
  'training.curve.series': {
    en: (x) => `${p(x, 'optimizer')} (η = ${p(x, 'lr')}${p(x, 'isDefault') ? ', default' : ''})`,
    fa: (x) => `${p(x, 'optimizer')} (η = ${p(x, 'lr')}${p(x, 'isDefault') ? '، پیش‌فرض' : ''})`,
  },
  'training.curve.x': { en: 'epoch', fa: 'دوره' },
  'training.curve.y': { en: 'loss E (whole data set)', fa: 'خطای E (همهٔ داده‌ها)' },
  'training.boundary.title': { en: 'Decision boundary', fa: 'مرز تصمیم' },
  'training.boundary.initial': { en: 'before training', fa: 'پیش از آموزش' },
  'training.boundary.strip_title': { en: 'Decision boundary during training', fa: 'مرز تصمیم در طول آموزش' },
  'training.boundary.after': {
    en: (x) => `after ${p(x, 'epochs')} ${Number(x.epochs) === 1 ? 'epoch' : 'epochs'}`,
    fa: (x) => `پس از ${c(x, 'epochs')} دوره`,
  },
  'training.alt.heatmap': {
    en: (x) => `${p(x, 'title')}: a heatmap of ${p(x, 'rows')} samples by the units ${p(x, 'columns')}.`,
    fa: (x) => `${p(x, 'title')}: نقشهٔ رنگی ${c(x, 'rows')} نمونه برای نورون‌های ${p(x, 'columns')}.`,
  },
  'training.heatmap.title': { en: 'Hidden activations per sample', fa: 'فعال‌سازی لایهٔ پنهان برای هر نمونه' },
  'training.heatmap.subtitle': {
    en: (x) => `after training · ${p(x, 'optimizer')} · ${p(x, 'epochs')} epochs`,
    fa: (x) => `پس از آموزش · ${p(x, 'optimizer')} · ${c(x, 'epochs')} دوره`,
  },
  'training.heatmap.caption': {
    en: 'rows: samples · columns: units of the last hidden layer · colour: out (blue negative, orange positive)',
    fa: 'سطرها: نمونه‌ها · ستون‌ها: نورون‌های آخرین لایهٔ پنهان · رنگ: خروجی (آبی منفی، نارنجی مثبت)',
  },
  'training.alt.boundary': {
    en: (x) => `${p(x, 'title')}: class regions ${p(x, 'panels')}, with ${p(x, 'samples')} samples.`,
    fa: (x) => `${p(x, 'title')}: ناحیه‌های دسته‌ها ${p(x, 'panels')}، با ${c(x, 'samples')} نمونه.`,
  },
};
