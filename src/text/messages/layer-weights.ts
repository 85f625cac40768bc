// Messages about weights named layer by layer (`w11…w22` under "Weights W1:", `v1, v2`), in English and Persian.
import { ltr } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

export const layerWeightsMessages: Messages = {
  'definition.note.layer_weights': {
    en: (p) => `Weights named layer by layer: ${p.groups} (lines ${p.lines}); layers ${p.layers}.`,
    fa: (p) =>
      `وزن‌ها لایه به لایه نام‌گذاری شده‌اند: ${ltr(String(p.groups))} (سطرهای ${ltr(String(p.lines))})؛ لایه‌ها ${ltr(String(p.layers))}.`,
  },
  'definition.layer_weights_unplaced': {
    en: (p) =>
      `I could not place the weights ${p.names}, named layer by layer: they do not make full layers from the ${p.inputs} inputs to the ${p.outputs} outputs. Put each layer's weights under a label such as \`${p.hint}\`, or give the layer sizes, e.g. \`layers: 2-2-1\`.`,
    fa: (p) =>
      `نتوانستم وزن‌های ${ltr(String(p.names))} را که لایه به لایه نام‌گذاری شده‌اند جای‌گذاری کنم: از ${persianCount(p.inputs!)} ورودی تا ${persianCount(p.outputs!)} خروجی لایه‌های کاملی نمی‌سازند. وزن‌های هر لایه را زیر برچسبی مانند ${ltr(`\`${p.hint}\``)} بگذارید، یا اندازهٔ لایه‌ها را بدهید، مثلاً ${ltr('`layers: 2-2-1`')}.`,
  },
};
