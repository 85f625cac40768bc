// Messages of the /check report in the TA's words: column headers, the score, carried lines and short mistake names.
import { ltr } from '../bidi.js';
import type { MessageParams, Messages } from '../i18n.js';
import { linesEn, linesFa, persianCount } from '../line-list.js';

const p = (params: MessageParams, key: string): string => String(params[key] ?? '');
const n = (params: MessageParams, key: string): string => ltr(p(params, key));
/** A count in the Persian sentence (src/text/line-list.ts persianCount). */
const c = (params: MessageParams, key: string): string => persianCount(p(params, key));

export const checkReportMessages: Messages = {
  'check.report.column_line': { en: 'line', fa: 'سطر' },
  'check.report.column_quantity': { en: 'quantity', fa: 'کمیت' },
  'check.report.column_given': { en: 'given', fa: 'پاسخ دانشجو' },
  'check.report.column_expected': { en: 'right', fa: 'مقدار درست' },
  'check.report.no_name': { en: '(no name)', fa: '(بی‌نام)' },
  'check.report.read_as': {
    en: (x) => `${p(x, 'name')} (read as ${p(x, 'quantity')})`,
    fa: (x) => `${n(x, 'name')} (به معنای ${n(x, 'quantity')})`,
  },
  'check.report.carried_from': {
    en: (x) => `from ${linesEn(p(x, 'lines'))}`,
    fa: (x) => `از ${linesFa(p(x, 'lines'))}`,
  },
  'check.report.score': {
    en: (x) =>
      `Score: **${p(x, 'points')}/${p(x, 'total')}** (✓ ${p(x, 'exact')} correct, ≈ ${p(x, 'approximate')} correct after your own rounding, → ${p(x, 'carried')} carried forward, ✗ ${p(x, 'incorrect')} incorrect${Number(x.unrecognized) > 0 ? `, ? ${p(x, 'unrecognized')} not recognised` : ''}). An error carried forward is not penalised twice.`,
    fa: (x) =>
      `امتیاز: **${persianCount(`${p(x, 'points')}/${p(x, 'total')}`)}** (✓ ${c(x, 'exact')} درست، ≈ ${c(x, 'approximate')} درست با عددهای گردشدهٔ قبلی، → ${c(x, 'carried')} پیامدِ خطای قبلی، ✗ ${c(x, 'incorrect')} نادرست${Number(x.unrecognized) > 0 ? `، ? ${c(x, 'unrecognized')} ناشناخته` : ''}). خطایی که به سطرهای بعد منتقل شده دوباره جریمه نمی‌شود.`,
  },
  'check.report.group_incorrect': {
    en: (x) => `✗ ${p(x, 'mistake')}: ${linesEn(p(x, 'lines'))}`,
    fa: (x) => `✗ ${p(x, 'mistake')}: ${linesFa(p(x, 'lines'))}`,
  },
  // Short names of the catalogued mistakes (the ids stay in --json).
  'check.report.mistake.dE_dout_one': { en: '∂E/∂o taken as 1', fa: '∂E/∂o برابر ۱ گرفته شده' },
  'check.report.mistake.missing_activation_derivative': {
    en: 'f′(net) left out',
    fa: 'مشتق تابع فعال‌سازی جا افتاده',
  },
  'check.report.mistake.wrong_activation_derivative': {
    en: "another activation's derivative",
    fa: 'مشتق تابع فعال‌سازی دیگری',
  },
  'check.report.mistake.sign_flip': { en: 'sign flipped', fa: 'علامت وارونه' },
  'check.report.mistake.missing_half': {
    en: '½ and the square’s 2 not together',
    fa: '½ و ضریب ۲ با هم نیامده',
  },
  'check.report.mistake.updated_weights_in_backward': {
    en: 'updated weights in the backward pass',
    fa: 'وزن‌های به‌روزشده در گذر رو به عقب',
  },
  'check.report.mistake.missing_learning_rate': { en: 'η left out', fa: 'نرخ یادگیری جا افتاده' },
  'check.report.mistake.learning_rate_twice': { en: 'η applied twice', fa: 'نرخ یادگیری دو بار' },
  'check.report.mistake.net_vs_out': { en: 'net used for out', fa: 'ورودی خالص به جای خروجی' },
  'check.report.mistake.gradient_without_source': {
    en: '∂E/∂w given as δ (× out left out)',
    fa: '‎∂E/∂w‎ برابر ‎δ‎ (ضرب در خروجی جا افتاده)',
  },
  'check.report.mistake.swapped_weight_indices': {
    en: 'weight numbers swapped',
    fa: 'شماره‌گذاری وزن‌ها برعکس',
  },
  'check.report.mistake.bias_frozen_or_updated': {
    en: 'biases updated or fixed wrongly',
    fa: 'بایاس‌ها به‌اشتباه به‌روز یا ثابت',
  },
  'check.report.mistake.mean_vs_sum': { en: 'mean and sum swapped', fa: 'میانگین و مجموع جابه‌جا' },
};
