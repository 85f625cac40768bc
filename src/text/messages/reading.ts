// Messages about reading a pasted page (what was skipped, which reading was chosen and why), in English and Persian.
import { ltr } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

export const readingMessages: Messages = {
  'definition.note.picture_skipped': {
    en: (p) => `Skipped a picture (an ASCII diagram) on line ${p.line}: the numbers were read from the text.`,
    fa: (p) =>
      `یک شکل (نمودار متنی) در سطر ${persianCount(p.line!)} نادیده گرفته شد: اعداد از متن خوانده شدند.`,
  },
  'definition.weights_in_figure': {
    en: (p) =>
      `This page gives ${p.missing} only in a figure (line ${p.line}), which I cannot read. Type them as text, e.g. \`${p.hint}\`; I will not make up a network from the rest.`,
    fa: (p) =>
      `این صفحه ${ltr(String(p.missing))} را فقط در یک شکل (سطر ${persianCount(p.line!)}) آورده است که نمی‌توانم بخوانم. آن‌ها را به صورت متن بنویسید، مثلاً ${ltr(`\`${p.hint}\``)}؛ از بقیهٔ متن شبکه‌ای نمی‌سازم.`,
  },
  'definition.note.no_biases': {
    en: (p) =>
      p.line
        ? `No biases (line ${p.line}: "${p.words}"): a network without biases, none updated.`
        : 'The page gives no biases: read as a network without biases (all 0, none updated).',
    fa: (p) =>
      p.line
        ? `بدون بایاس (سطر ${persianCount(p.line)}): شبکه‌ای بدون بایاس، و بایاسی به‌روز نمی‌شود.`
        : 'صفحه هیچ بایاسی نداده است: شبکه بدون بایاس خوانده شد (همه صفر و بدون به‌روزرسانی).',
  },
  'definition.note.read_activation': {
    en: (p) => `Activation ${p.value} read from line ${p.line} ("${p.words}").`,
    fa: (p) => `تابع فعال‌سازی ${ltr(String(p.value))} از سطر ${persianCount(p.line!)} خوانده شد.`,
  },
  'definition.note.read_loss': {
    en: (p) => `Loss ${p.value} read from line ${p.line} ("${p.words}").`,
    fa: (p) => `تابع هزینه ${ltr(String(p.value))} از سطر ${persianCount(p.line!)} خوانده شد.`,
  },
  'definition.note.mse_reading': {
    en: (p) =>
      `"MSE" (line ${p.line}) read as E = ½Σ(t−o)², the usual convention in worked backpropagation examples; for (1/n)Σ(t−o)² write \`loss: mse\`.`,
    fa: (p) =>
      `«MSE» (سطر ${persianCount(p.line!)}) به صورت ${ltr('E = ½Σ(t−o)²')} خوانده شد که در مثال‌های حل‌شدهٔ پس‌انتشار رایج است؛ برای ${ltr('(1/n)Σ(t−o)²')} بنویسید ${ltr('`loss: mse`')}.`,
  },
  'definition.note.default_layer_activation': {
    en: (p) =>
      `The page names no activation for layer ${p.layers}: using ${p.value} (the default). For another write \`activations: …\`.`,
    fa: (p) =>
      `صفحه برای لایهٔ ${ltr(p.layers!)} تابع فعال‌سازی‌ای نام نبرده است: مقدار پیش‌فرض ${ltr(String(p.value))} به کار رفت. برای تابعی دیگر ${ltr('`activations: …`')} را بنویسید.`,
  },
  'definition.note.defaults_confirmed': {
    en: (p) =>
      `${String(p.what).charAt(0).toUpperCase()}${String(p.what).slice(1)}: not stated on the page, but its own numbers (${p.numbers}) confirm it over ${p.instead}. For the other write \`${p.example}\`.`,
    fa: (p) =>
      `${ltr(String(p.what))}: صفحه آن را نگفته است، اما اعداد خود صفحه (${ltr(String(p.numbers))}) آن را به جای ${ltr(String(p.instead))} تأیید می‌کنند. برای دیگری ${ltr(`\`${p.example}\``)} را بنویسید.`,
  },
  'definition.note.square_follows_page': {
    en: (p) =>
      `Weight matrix ${p.layer} is square (it fits either way): read as ${p.order}, as matrix ${p.by}'s shape shows this page writes its matrices.`,
    fa: (p) =>
      `ماتریس وزن ${ltr(p.layer!)} مربعی است (به هر دو شکل جور است): به صورت ${ltr(String(p.order))} خوانده شد، چون شکل ماتریس ${ltr(p.by!)} نشان می‌دهد این صفحه ماتریس‌هایش را این‌گونه می‌نویسد.`,
  },
  'definition.note.square_follows_formula': {
    en: (p) =>
      `Weight matrix ${p.layer} is square (it fits either way): read as ${p.order}, as the page's formula \`${p.formula}\` (line ${p.line}) multiplies it.`,
    fa: (p) =>
      `ماتریس وزن ${ltr(p.layer!)} مربعی است (به هر دو شکل جور است): به صورت ${ltr(String(p.order))} خوانده شد، همان‌گونه که فرمول خود صفحه ${ltr(`\`${p.formula}\``)} (سطر ${persianCount(p.line!)}) آن را ضرب می‌کند.`,
  },
  'definition.note.class_label': {
    en: (p) =>
      `Target ${p.label} read as a class label among ${p.classes} outputs, counted from ${p.base}: one-hot ${p.vector}.` +
      (p.other ? ` Counted from 1 it would be \`target: ${p.other}\`.` : ''),
    fa: (p) =>
      `هدف ${ltr(p.label!)} به صورت برچسب کلاس در میان ${persianCount(p.classes!)} خروجی خوانده شد، با شمارش از ${ltr(p.base!)}: بردار ${ltr(String(p.vector))}.` +
      (p.other ? ` با شمارش از ۱ می‌شود ${ltr(`\`target: ${p.other}\``)}.` : ''),
  },
  'definition.note.shape_confirmed': {
    en: (p) =>
      `Layer sizes ${p.layers}: the weights' count fits ${p.others} too, and the page's own numbers (${p.numbers}) confirm ${p.layers}. For another write \`layers: …\`.`,
    fa: (p) =>
      `اندازهٔ لایه‌ها ${ltr(String(p.layers))}: تعداد وزن‌ها با ${ltr(String(p.others))} هم جور است و اعداد خود صفحه (${ltr(String(p.numbers))}) ${ltr(String(p.layers))} را تأیید می‌کنند. برای شکلی دیگر ${ltr('`layers: …`')} را بنویسید.`,
  },
  'definition.note.shape_assumed': {
    en: (p) =>
      `Layer sizes ${p.layers}, one hidden layer as usual; the weights' count fits ${p.others} too (write \`layers: …\` for another).`,
    fa: (p) =>
      `اندازهٔ لایه‌ها ${ltr(String(p.layers))}، با یک لایهٔ پنهان طبق معمول؛ تعداد وزن‌ها با ${ltr(String(p.others))} هم جور است (برای شکلی دیگر ${ltr('`layers: …`')} را بنویسید).`,
  },
  'definition.note.reading_confirmed': {
    en: (p) => `Weights read ${p.order}: the page's own numbers (${p.numbers}) confirm it.`,
    fa: (p) =>
      `وزن‌ها به ترتیب ${ltr(String(p.order))} خوانده شدند: اعداد خود صفحه (${ltr(String(p.numbers))}) آن را تأیید می‌کنند.`,
  },
  'definition.note.reading_by_arrows': {
    en: (p) =>
      `Weights read ${p.order}: the page's arrows decide it (${p.example}, line ${p.line}, and the others beside their weights).`,
    fa: (p) =>
      `وزن‌ها به ترتیب ${ltr(String(p.order))} خوانده شدند: پیکان‌های خود صفحه آن را مشخص می‌کنند (${ltr(String(p.example))}، سطر ${persianCount(p.line!)}، و بقیه کنار وزن‌های خودشان).`,
  },
  'definition.note.reading_assumed': {
    en: (p) =>
      `Weights read ${p.order} (the usual convention; nothing on the page decides it). For the other reading add \`numbering:${p.other}\`.`,
    fa: (p) =>
      `وزن‌ها به ترتیب ${ltr(String(p.order))} خوانده شدند (قرارداد رایج؛ چیزی در صفحه آن را مشخص نمی‌کند). برای خوانش دیگر ${ltr(`\`numbering:${p.other}\``)} را اضافه کنید.`,
  },
  'definition.note.arrow_weights': {
    en: (p) =>
      `Weights named by the units they join (${p.example} is the weight from ${p.from} to ${p.to}); the layers follow from those names: ${p.layers}.`,
    fa: (p) =>
      `وزن‌ها با نام نورون‌هایی که به هم وصل می‌کنند نام‌گذاری شده‌اند (${ltr(String(p.example))} یعنی وزن ${ltr(String(p.from))} به ${ltr(String(p.to))})؛ لایه‌ها از همین نام‌ها خوانده شدند: ${ltr(String(p.layers))}.`,
  },
  'definition.note.unit_pairs': {
    en: (p) =>
      `Units numbered across the network (${p.units}): ${p.example} is the weight from unit ${p.from} to unit ${p.to}; w0j is unit j's bias.`,
    fa: (p) =>
      `نورون‌ها در کل شبکه شماره‌گذاری شده‌اند (${ltr(String(p.units))}): ${ltr(String(p.example))} یعنی وزن نورون ${ltr(p.from!)} به نورون ${ltr(p.to!)}؛ ${ltr('w0j')} بایاس نورون j است.`,
  },
  'definition.note.pair_order_fits': {
    en: (p) => `${p.example} read ${p.order} (the only order that fits the inputs and outputs).`,
    fa: (p) =>
      `${ltr(String(p.example))} به ترتیب ${ltr(String(p.order))} خوانده شد (تنها ترتیبی که با ورودی‌ها و خروجی‌ها جور است).`,
  },
  'definition.note.pair_order_assumed': {
    en: (p) =>
      `${p.example} read ${p.order} (from the first index to the second). For the other reading add \`numbering:${p.other}\`.`,
    fa: (p) =>
      `${ltr(String(p.example))} به ترتیب ${ltr(String(p.order))} خوانده شد (از اندیس اول به دوم). برای خوانش دیگر ${ltr(`\`numbering:${p.other}\``)} را اضافه کنید.`,
  },
  'definition.note.rows_are_inputs': {
    en: (p) => `Weight matrix ${p.layer} read with one row per input (x @ W, as NumPy code writes it).`,
    fa: (p) =>
      `ماتریس وزن ${ltr(p.layer!)} با یک سطر برای هر ورودی خوانده شد (${ltr('x @ W')}، به شیوهٔ کد NumPy).`,
  },
  'definition.unreadable_pairs': {
    en: (p) =>
      `I could not place the weights ${p.names}: they are not numbered w1..wN, nor by units across the network (w14 = unit 1 → unit 4). Give the layer sizes, e.g. \`${p.hint}\`.`,
    fa: (p) =>
      `نتوانستم وزن‌های ${ltr(String(p.names))} را جای‌گذاری کنم: نه به شکل ${ltr('w1..wN')} شماره‌گذاری شده‌اند و نه با شمارهٔ نورون‌ها در کل شبکه (${ltr('w14')} = نورون ۱ به نورون ۴). اندازهٔ لایه‌ها را بدهید، مثلاً ${ltr(`\`${p.hint}\``)}.`,
  },
  'platforms.button.other_reading': { en: 'Other reading', fa: 'خوانش دیگر' },
  'platforms.button.mse_reading': { en: 'MSE as (1/n)Σ', fa: `MSE به صورت ${ltr('(1/n)Σ')}` },
  'check.note.numbering_from_sheet': {
    en: (p) =>
      `Read w1, w2, … ${p.order}${p.from === 'output' ? ', output layer first' : ''}: the numbering this sheet's own numbers fit (ours is destination-first, first layer first). For ours add \`numbering:destination-first\`.`,
    fa: (p) =>
      `${ltr('w1, w2, …')} به ترتیب ${ltr(String(p.order))}${p.from === 'output' ? '، از لایهٔ خروجی به عقب،' : ''} خوانده شدند: شماره‌گذاری‌ای که اعداد خود این برگه با آن جور است (ترتیب ما destination-first از لایهٔ اول است). برای ترتیب ما ${ltr('`numbering:destination-first`')} را اضافه کنید.`,
  },
};
