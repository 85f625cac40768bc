// Messages about the names a reply is written in (`notation:`), in English and Persian.
import { ltr } from '../bidi.js';
import type { Messages } from '../i18n.js';

const NOTATION_FA: Record<string, string> = {
  classic: 'کلاسیک (net_h1، out_h1، E_total)',
  course: 'درس (a_h1 پیش از فعال‌سازی، h1 و o1 خروجی‌ها)',
  layered: 'لایه‌ای (z⁽¹⁾₁، a⁽¹⁾₁، δ⁽¹⁾₁)',
  textbook: 'کتاب درسی (I_j، O_j، θ_j)',
};
const NOTATION_EN: Record<string, string> = {
  classic: 'classic (net_h1, out_h1, E_total)',
  course: 'course (a_h1 pre-activation, h1 and o1 outputs)',
  layered: 'layered (z⁽¹⁾₁, a⁽¹⁾₁, δ⁽¹⁾₁)',
  textbook: 'textbook (I_j, O_j, θ_j)',
};

export const notationMessages: Messages = {
  'notation.from_page': {
    en: (p) =>
      `Written in the page's own notation: ${NOTATION_EN[String(p.notation)] ?? p.notation}; \`notation:\` chooses another.`,
    fa: (p) =>
      `با نمادگذاری خود صفحه نوشته شده است: ${NOTATION_FA[String(p.notation)] ?? ltr(String(p.notation))}؛ با ${ltr('`notation:`')} نمادگذاری دیگری انتخاب کنید.`,
  },
  'notation.unknown_weight': {
    en: (p) =>
      `This network has no weight \`${p.weight}\`: its weights are ${p.first}…${p.last}. For example: \`explain:${p.first}\`.`,
    fa: (p) =>
      `این شبکه وزنی به نام ${ltr(`\`${p.weight}\``)} ندارد؛ وزن‌هایش ${ltr(`${p.first}…${p.last}`)} هستند. مثلاً: ${ltr(`\`explain:${p.first}\``)}`,
  },
  'notation.chain_rule_title': {
    en: (p) => `The chain rule for ${p.weight}`,
    fa: (p) => `قاعدهٔ زنجیره‌ای برای ${ltr(String(p.weight))}`,
  },
};
