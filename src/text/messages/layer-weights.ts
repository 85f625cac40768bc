// Messages about names read layer by layer (`w11…w22` under "Weights W1:", `v1, v2`, `b1, b2`), in English and Persian.
import { ltr } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { linesFa, persianCount } from '../line-list.js';

export const layerWeightsMessages: Messages = {
  'definition.note.layer_weights': {
    en: (p) => `Weights named layer by layer: ${p.groups} (lines ${p.lines}); layers ${p.layers}.`,
    fa: (p) =>
      `وزن‌ها لایه به لایه نام‌گذاری شده‌اند: ${ltr(String(p.groups))} (${linesFa(String(p.lines))})؛ لایه‌ها ${ltr(String(p.layers))}.`,
  },
  'definition.layer_weights_unplaced': {
    en: (p) =>
      `I could not place the weights ${p.names}, named layer by layer: they do not make full layers from the ${p.inputs} inputs to the ${p.outputs} outputs. Put each layer's weights under a label such as \`${p.hint}\`, or give the layer sizes, e.g. \`layers: 2-2-1\`.`,
    fa: (p) =>
      `نتوانستم وزن‌های ${ltr(String(p.names))} را که لایه به لایه نام‌گذاری شده‌اند جای‌گذاری کنم: از ${persianCount(p.inputs!)} ورودی تا ${persianCount(p.outputs!)} خروجی لایه‌های کاملی نمی‌سازند. وزن‌های هر لایه را زیر برچسبی مانند ${ltr(`\`${p.hint}\``)} بگذارید، یا اندازهٔ لایه‌ها را بدهید، مثلاً ${ltr('`layers: 2-2-1`')}.`,
  },
  'definition.note.unit_biases': {
    en: (p) =>
      `${p.names} (line ${p.line}) read as the biases of hidden units 1, 2, … (their label, or the output's own bias named beside them, says so), not one bias per layer.`,
    fa: (p) =>
      `${ltr(String(p.names))} (سطر ${persianCount(p.line!)}) به صورت بایاس نورون‌های ۱، ۲، … لایهٔ پنهان خوانده شدند (برچسبشان، یا بایاس خروجی که کنارشان نام برده شده، این را می‌گوید)، نه یک بایاس برای هر لایه.`,
  },
  'definition.note.layer_biases_assumed': {
    en: (p) =>
      `${p.names} (line ${p.line}) read as one bias per layer (the usual reading); if they are the hidden units' own biases, write \`${p.other}\` (and the output's bias).`,
    fa: (p) =>
      `${ltr(String(p.names))} (سطر ${persianCount(p.line!)}) به صورت یک بایاس برای هر لایه خوانده شدند (خوانش رایج)؛ اگر بایاس‌های خود نورون‌های لایهٔ پنهان‌اند، بنویسید ${ltr(`\`${p.other}\``)} (و بایاس خروجی را).`,
  },
  'definition.note.same_numbers': {
    en: (p) =>
      `${String(p.taken).charAt(0).toUpperCase()}${String(p.taken).slice(1)}: ${p.others} makes the very same numbers on this page, so its numbers cannot tell them apart. For the other write \`activations: …\`.`,
    fa: (p) =>
      `${ltr(String(p.taken))}: ${ltr(String(p.others))} در این صفحه دقیقاً همین اعداد را می‌دهد، پس اعداد صفحه نمی‌توانند آن‌ها را از هم جدا کنند. برای دیگری ${ltr('`activations: …`')} را بنویسید.`,
  },
};
