// Messages of the definition area (networks as people type them), in English and Persian.
import { ltr } from '../bidi.js';
import type { Messages, MessageParams } from '../i18n.js';
import { countOf, persianCount } from '../line-list.js';

type P = MessageParams;

/** ` Did you mean `x`?` when the error carries a suggestion. */
const didYouMean = (p: P) => (p.hint ? ` Did you mean \`${p.hint}\`?` : '');
const didYouMeanFa = (p: P) => (p.hint ? ` منظورتان ${ltr(`\`${p.hint}\``)} بود؟` : '');
const example = (p: P) => (p.hint ? ` For example: \`${p.hint}\`.` : '');
const exampleFa = (p: P) => (p.hint ? ` مثلاً: ${ltr(`\`${p.hint}\``)}` : '');
/** parse.ts lists skipped pieces as "x_1 (line 14), Note": in Persian the place is «(سطر ۱۴)», outside the name's isolate. */
const skippedFa = (keys: string) =>
  keys
    .split(', ')
    .map((item) => {
      const m = / \(line (\d+)\)$/.exec(item);
      return m ? `${ltr(item.slice(0, m.index))} (سطر ${persianCount(m[1])})` : ltr(item);
    })
    .join('، ');
const code = (s: string | number | undefined) => ltr(`\`${s ?? ''}\``);

const ALLOWED = 'numbers, + − × ÷ ^, parentheses, e, pi and sqrt, exp, ln, log, abs, sin, cos, tanh';
const allowedFa = () =>
  `عدد، ${ltr('+ − × ÷ ^')}، پرانتز، ${ltr('e')} و ${ltr('pi')} و توابع ${ltr('sqrt, exp, ln, log, abs, sin, cos, tanh')}`;
/** An English list "a, b or c" in a Persian sentence: the Latin parts left-to-right, «یا» between them. */
const alternativesFa = (list: string | number | undefined) =>
  String(list ?? '')
    .split(' or ')
    .map((part) => ltr(part))
    .join(' یا ');
const FIELD_FA: Record<string, string> = { input: 'ورودی', target: 'هدف', weights: 'وزن', biases: 'بایاس' };

export const definitionMessages: Messages = {
  'definition.empty': {
    en: (p) => `The network definition is empty.${example(p)}`,
    fa: (p) => `تعریف شبکه خالی است.${exampleFa(p)}`,
  },
  'definition.nothing_found': {
    en: (p) =>
      `I found no network in this text: no \`key: value\` or \`w1 = …\` I know.${example(p)} Or pick a ready-made network (a preset).`,
    fa: (p) =>
      `در این متن شبکه‌ای پیدا نکردم: هیچ ${code('key: value')} یا ${code('w1 = …')} آشنایی نبود.${exampleFa(p)} یا یکی از شبکه‌های آماده (preset) را انتخاب کنید.`,
  },
  'definition.too_long': {
    en: (p) =>
      `The definition is ${p.length} characters long; the limit is ${p.max}. Send a smaller network or use a preset.`,
    fa: (p) =>
      `تعریف ${persianCount(p.length!)} نویسه دارد؛ حداکثر ${persianCount(p.max!)} نویسه مجاز است. شبکهٔ کوچک‌تری بفرستید یا یکی از شبکه‌های آماده (preset) را به کار ببرید.`,
  },
  'definition.bad_json': {
    en: (p) => `This looks like JSON but is not valid JSON: ${p.detail}.${example(p)}`,
    fa: (p) => `این متن شبیه JSON است اما JSON معتبری نیست: ${ltr(p.detail!)}.${exampleFa(p)}`,
  },
  'definition.expected_key_value': {
    en: (p) => `Expected \`key: value\` here but found \`${p.text}\`.${example(p)}`,
    fa: (p) => `اینجا انتظار ${code('key: value')} می‌رفت اما ${code(p.text)} آمده است.${exampleFa(p)}`,
  },
  'definition.unexpected_text': {
    en: (p) =>
      `I don't know what \`${p.text}\` means before the key on this line; write one \`key: value\` pair at a time.${example(p)}`,
    fa: (p) =>
      `نمی‌دانم ${code(p.text)} پیش از کلید این خط چه معنایی دارد؛ هر بار یک جفت ${code('key: value')} بنویسید.${exampleFa(p)}`,
  },
  'definition.unknown_key': {
    en: (p) => `Unknown key \`${p.key}\`.${didYouMean(p)} Known keys: ${p.known}.`,
    fa: (p) =>
      `کلید ${code(p.key)} ناشناخته است.${didYouMeanFa(p)} کلیدهای شناخته‌شده: ${alternativesFa(p.known)}.`,
  },
  'definition.duplicate_key': {
    en: (p) => `\`${p.key}\` is given twice (first as \`${p.first}\` on line ${p.firstLine}); keep only one.`,
    fa: (p) =>
      `${code(p.key)} دو بار آمده است (بار اول به صورت ${code(p.first)} در خط ${ltr(p.firstLine!)})؛ فقط یکی را نگه دارید.`,
  },
  'definition.conflicting_keys': {
    en: (p) => `\`${p.key}\` and \`${p.other}\` both set the same thing; use one way of writing it.`,
    fa: (p) =>
      `${code(p.key)} و ${code(p.other)} هر دو یک چیز را تعیین می‌کنند؛ فقط یکی از این دو شیوه را به کار ببرید.`,
  },
  'definition.missing_value': {
    en: (p) => `\`${p.key}\` has no value.${example(p)}`,
    fa: (p) => `${code(p.key)} مقداری ندارد.${exampleFa(p)}`,
  },
  'definition.missing_field': {
    en: (p) => `The network has no ${p.field}.${example(p)}`,
    fa: (p) => `شبکه ${FIELD_FA[p.field!] ?? ''} (${code(p.field)}) ندارد.${exampleFa(p)}`,
  },
  'definition.missing_units': {
    en: (p) => `${p.missing} missing: give all ${p.count} values, numbered from 1.`,
    fa: (p) => `${code(p.missing)} داده نشده است: هر ${ltr(p.count!)} مقدار را، با شماره‌گذاری از ۱، بدهید.`,
  },
  'definition.missing_matrices': {
    en: (p) => `${p.missing} missing: give one weight matrix per pair of adjacent layers.${example(p)}`,
    fa: (p) =>
      `${code(p.missing)} داده نشده است: برای هر دو لایهٔ مجاور یک ماتریس وزن لازم است.${exampleFa(p)}`,
  },
  'definition.missing_weights': {
    en: (p) => `A ${p.layers} network has ${p.count} weights; ${p.missing} missing.`,
    fa: (p) => `شبکهٔ ${ltr(p.layers!)} ${persianCount(p.count!)} وزن دارد؛ ${code(p.missing)} داده نشده است.`,
  },
  'definition.extra_weights': {
    en: (p) =>
      `A ${p.layers} network has only ${p.count} weights, so ${p.extra} has no place. Check the layer sizes.`,
    fa: (p) =>
      `شبکهٔ ${ltr(p.layers!)} فقط ${persianCount(p.count!)} وزن دارد، پس ${code(p.extra)} جایی ندارد. اندازهٔ لایه‌ها را بررسی کنید.`,
  },
  'definition.missing_biases': {
    en: (p) =>
      `${p.missing} missing: every non-input layer needs a bias (one number shared by the layer, or one per unit).${example(p)}`,
    fa: (p) =>
      `${code(p.missing)} داده نشده است: هر لایهٔ غیرورودی بایاس لازم دارد (یک عدد مشترک برای کل لایه یا یکی برای هر نورون).${exampleFa(p)}`,
  },
  'definition.ambiguous_layers': {
    en: (p) =>
      `${p.weights} weights, ${p.inputs} inputs and ${p.outputs} targets fit several networks: ${p.candidates}. Say which with \`layers:\`.${example(p)}`,
    fa: (p) =>
      `${persianCount(p.weights!)} وزن، ${persianCount(p.inputs!)} ورودی و ${persianCount(p.outputs!)} هدف با چند شبکه جور درمی‌آید: ${ltr(p.candidates!)}. با ${code('layers:')} مشخص کنید کدام.${exampleFa(p)}`,
  },
  'definition.no_layers_fit': {
    en: (p) =>
      `No fully connected network has exactly ${p.weights} weights with ${p.inputs} inputs and ${p.outputs} targets. Check the numbering, or give the sizes with \`layers:\`.${example(p)}`,
    fa: (p) =>
      `هیچ شبکهٔ تمام‌متصلی با ${persianCount(p.inputs!)} ورودی و ${persianCount(p.outputs!)} هدف دقیقاً ${persianCount(p.weights!)} وزن ندارد. شماره‌گذاری را بررسی کنید یا اندازه‌ها را با ${code('layers:')} بدهید.${exampleFa(p)}`,
  },
  'definition.missing_last_weight': {
    en: (p) =>
      `${p.weights} weights with ${p.inputs} inputs and ${p.outputs} targets fit no network, but a ${p.layers} network has ${p.all}: \`${p.missing}\` is missing. If the network is another one, give its sizes with \`layers:\`.${example(p)}`,
    fa: (p) =>
      `${persianCount(p.weights!)} وزن با ${persianCount(p.inputs!)} ورودی و ${persianCount(p.outputs!)} هدف با هیچ شبکه‌ای جور درنمی‌آید، اما شبکهٔ ${ltr(p.layers!)} ${persianCount(p.all!)} وزن دارد: ${code(p.missing)} داده نشده است. اگر شبکه چیز دیگری است، اندازه‌ها را با ${code('layers:')} بدهید.${exampleFa(p)}`,
  },
  'definition.index_too_large': {
    en: (p) => `\`${p.key}\` is beyond the limits (at most ${p.max} here): check the numbering.`,
    fa: (p) =>
      `${code(p.key)} از حد مجاز بیرون است (اینجا حداکثر ${ltr(p.max!)}): شماره‌گذاری را بررسی کنید.`,
  },
  'definition.bad_number': {
    en: (p) =>
      `\`${p.text}\` is not a number I can read (${p.detail}). Write a number or an expression like \`1/sqrt(2)\`.`,
    fa: (p) =>
      `${persianCount(p.text)} عددی نیست که بتوانم بخوانم (${ltr(p.detail!)}). یک عدد یا عبارتی مثل ${code('1/sqrt(2)')} بنویسید.`,
  },
  'definition.missing_number': {
    en: 'A number is missing here. For example: `0.5`.',
    fa: () => `اینجا یک عدد کم است. مثلاً: ${code('0.5')}`,
  },
  'definition.not_finite': {
    en: (p) => `\`${p.text}\` does not give a finite real number.`,
    fa: (p) => `${code(p.text)} یک عدد حقیقی متناهی نمی‌دهد.`,
  },
  'definition.expression_forbidden': {
    en: (p) => `\`${p.construct}\` is not allowed in a number (in \`${p.text}\`). Allowed: ${ALLOWED}.`,
    fa: (p) => `${code(p.construct)} در یک عدد مجاز نیست (در ${code(p.text)}). مجازها: ${allowedFa()}.`,
  },
  'definition.expression_unknown_name': {
    en: (p) =>
      `\`${p.name}\` in \`${p.text}\` is not a number, constant or function I know. Allowed: ${ALLOWED}.`,
    fa: (p) =>
      `${code(p.name)} در ${persianCount(p.text)} عدد، ثابت یا تابع شناخته‌شده‌ای نیست. مجازها: ${allowedFa()}.`,
  },
  'definition.letter_o_for_zero': {
    en: (p) => `\`${p.text}\` has the letter o where a number has the digit 0.${didYouMean(p)}`,
    fa: (p) => `در ${code(p.text)} به جای رقم صفر حرف ${code('o')} آمده است.${didYouMeanFa(p)}`,
  },
  'definition.expression_arguments': {
    en: (p) => `\`${p.name}\` takes one number, got ${p.got} (in \`${p.text}\`).`,
    fa: (p) =>
      `${code(p.name)} یک عدد می‌گیرد اما ${persianCount(p.got!)} عدد گرفته است (در ${code(p.text)}).`,
  },
  'definition.expression_too_long': {
    en: (p) => `An expression may be at most ${p.max} characters long; this one has ${p.length}.`,
    fa: (p) =>
      `هر عبارت حداکثر ${persianCount(p.max!)} نویسه می‌تواند داشته باشد؛ این یکی ${persianCount(p.length!)} نویسه دارد.`,
  },
  'definition.expected_number': {
    en: (p) => `\`${p.key}\` takes one number.${example(p)}`,
    fa: (p) => `${code(p.key)} یک عدد می‌گیرد.${exampleFa(p)}`,
  },
  'definition.expected_vector': {
    en: (p) => `\`${p.key}\` takes a list of numbers.${example(p)}`,
    fa: (p) => `${code(p.key)} فهرستی از اعداد می‌گیرد.${exampleFa(p)}`,
  },
  'definition.expected_matrix': {
    en: (p) => `\`${p.key}\` takes a matrix: one row per unit of the next layer.${example(p)}`,
    fa: (p) => `${code(p.key)} یک ماتریس می‌گیرد: یک سطر برای هر نورون لایهٔ بعد.${exampleFa(p)}`,
  },
  'definition.expected_matrix_list': {
    en: (p) => `\`${p.key}\` takes a list of weight matrices, one per pair of adjacent layers.${example(p)}`,
    fa: (p) => `${code(p.key)} فهرستی از ماتریس‌های وزن می‌گیرد، یکی برای هر دو لایهٔ مجاور.${exampleFa(p)}`,
  },
  'definition.ragged_matrix': {
    en: (p) =>
      `Row ${p.row} of \`${p.key}\` has ${p.got} numbers but the first row has ${p.expected}; every row needs the same length.`,
    fa: (p) =>
      `سطر ${persianCount(p.row!)} از ${code(p.key)} ${persianCount(p.got!)} عدد دارد اما سطر اول ${persianCount(p.expected!)} عدد؛ همهٔ سطرها باید هم‌طول باشند.`,
  },
  'definition.empty_element': {
    en: (p) => `\`${p.key}\` has an empty place between two commas.${example(p)}`,
    fa: (p) => `در ${code(p.key)} میان دو ویرگول جای خالی مانده است.${exampleFa(p)}`,
  },
  'definition.unbalanced_brackets': {
    en: (p) => `The brackets of \`${p.key}\` do not match: every \`[\` needs its \`]\`.${example(p)}`,
    fa: (p) =>
      `کروشه‌های ${code(p.key)} جفت نیستند: هر ${code('[')} یک ${code(']')} لازم دارد.${exampleFa(p)}`,
  },
  'definition.bad_layers': {
    en: (p) => `\`${p.text}\` is not a list of layer sizes (units per layer, inputs first).${example(p)}`,
    fa: (p) =>
      `${code(p.text)} فهرست اندازهٔ لایه‌ها نیست (تعداد نورون‌های هر لایه، از ورودی).${exampleFa(p)}`,
  },
  'definition.unknown_activation': {
    en: (p) => `Unknown activation \`${p.name}\`.${didYouMean(p)} Known: ${p.known}.`,
    fa: (p) =>
      `تابع فعال‌سازی ${code(p.name)} ناشناخته است.${didYouMeanFa(p)} شناخته‌شده‌ها: ${ltr(p.known!)}.`,
  },
  'definition.unknown_loss': {
    en: (p) => `Unknown loss \`${p.name}\`.${didYouMean(p)} Known: ${p.known}.`,
    fa: (p) => `تابع هزینهٔ ${code(p.name)} ناشناخته است.${didYouMeanFa(p)} شناخته‌شده‌ها: ${ltr(p.known!)}.`,
  },
  'definition.bad_boolean': {
    en: (p) => `\`${p.key}\` takes yes or no, got \`${p.text}\`.${example(p)}`,
    fa: (p) =>
      `${code(p.key)} بله یا خیر (${code('yes')} یا ${code('no')}) می‌گیرد اما ${code(p.text)} آمده است.${exampleFa(p)}`,
  },
  'definition.bad_text': {
    en: (p) => `\`${p.key}\` takes a text in double quotes that is not closed properly.${example(p)}`,
    fa: (p) => `${code(p.key)} متنی در گیومهٔ دوتایی می‌گیرد که درست بسته نشده است.${exampleFa(p)}`,
  },
  'definition.unknown_preset': {
    en: (p) => `There is no preset called \`${p.name}\`.${didYouMean(p)} Presets: ${p.known}.`,
    fa: (p) =>
      `شبکهٔ آماده‌ای (preset) به نام ${code(p.name)} وجود ندارد.${didYouMeanFa(p)} شبکه‌های آماده: ${ltr(p.known!)}.`,
  },

  // Notes echoed with a computed network: what was inferred or assumed, never silently.
  'definition.note.default': {
    en: (p) => `No \`${p.key}\` given: using ${p.value} (the default).`,
    fa: (p) => `${code(p.key)} داده نشده بود: مقدار پیش‌فرض ${code(p.value)} به کار رفت.`,
  },
  'definition.note.layers_from_numbered': {
    en: (p) =>
      `Layer sizes ${p.layers} inferred from ${p.weights} weights, ${p.inputs} inputs and ${p.outputs} targets.`,
    fa: (p) =>
      `اندازهٔ لایه‌ها ${ltr(p.layers!)} از ${persianCount(p.weights!)} وزن، ${persianCount(p.inputs!)} ورودی و ${persianCount(p.outputs!)} هدف نتیجه گرفته شد.`,
  },
  'definition.note.layers_from_matrices': {
    en: (p) => `Layer sizes ${p.layers} read from the weight matrices.`,
    fa: (p) => `اندازهٔ لایه‌ها ${ltr(p.layers!)} از ماتریس‌های وزن خوانده شد.`,
  },
  'definition.note.shared_bias': {
    en: (p) =>
      `${p.key} = ${p.value} is one bias shared by all ${p.units} units of its layer (its gradient is the sum over them).`,
    fa: (p) =>
      `${ltr(`${p.key} = ${p.value}`)} یک بایاس مشترک میان هر ${persianCount(p.units!)} نورون لایهٔ خود است (گرادیانش مجموع گرادیان‌های آن نورون‌هاست).`,
  },
  'definition.note.single_row': {
    en: (p) => `${p.key} was read as a matrix with a single row.`,
    fa: (p) => `${code(p.key)} به صورت ماتریسی تک‌سطری خوانده شد.`,
  },
  'definition.note.ignored': {
    en: (p) =>
      `Skipped ${countOf(p.count!, 'line')} that ${Number(p.count) === 1 ? 'does' : 'do'} not describe the network: ${p.keys}.`,
    fa: (p) =>
      `${persianCount(p.count)} مورد که به تعریف شبکه مربوط نبود نادیده گرفته شد: ${skippedFa(String(p.keys))}.`,
  },
};
