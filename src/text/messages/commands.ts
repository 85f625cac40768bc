// Messages of the commands area (dispatcher, /backprop, /help, playground), in English and Persian.
// Persian text keeps numbers, names and formulas left-to-right: callers pass them through ltr() or code spans.
import type { Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

const p = (params: Record<string, string | number>, key: string): string => String(params[key] ?? '');
/** A parameter kept left-to-right inside Persian text (numbers, counts, limits). */
const n = (params: Record<string, string | number>, key: string): string => `\u2066${p(params, key)}\u2069`;
/** A count in the Persian sentence (src/text/line-list.ts persianCount). */
const c = (params: Record<string, string | number>, key: string): string => persianCount(p(params, key));
const suggestion = (params: Record<string, string | number>, en: boolean): string =>
  params.suggestion
    ? en
      ? ` Did you mean \`${p(params, 'suggestion')}\`?`
      : ` منظورتان \`${p(params, 'suggestion')}\` بود؟`
    : '';

export const commandsMessages: Messages = {
  // --- the dispatcher: errors about the command line itself
  'commands.no_command': {
    en: 'Start with a command, for example `/backprop preset:mazur` or `/help`.',
    fa: 'با یک فرمان شروع کنید، مثلاً `/backprop preset:mazur` یا `/help`.',
  },
  'commands.unknown_command': {
    en: (x) =>
      `I don't know the command \`/${p(x, 'command')}\`.${suggestion(x, true)} Type \`/help\` to see them all.`,
    fa: (x) =>
      `فرمان \`/${p(x, 'command')}\` را نمی‌شناسم.${suggestion(x, false)} برای دیدن همهٔ فرمان‌ها \`/help\` را بفرستید.`,
  },
  'commands.unknown_option': {
    en: (x) => `\`/${p(x, 'command')}\` has no option \`${p(x, 'option')}\`.${suggestion(x, true)}`,
    fa: (x) =>
      `فرمان \`/${p(x, 'command')}\` گزینه‌ای به نام \`${p(x, 'option')}\` ندارد.${suggestion(x, false)}`,
  },
  'commands.option_duplicate': {
    en: (x) => `The option \`${p(x, 'option')}\` is given twice; keep one.`,
    fa: (x) => `گزینهٔ \`${p(x, 'option')}\` دو بار آمده است؛ یکی را نگه دارید.`,
  },
  'commands.unexpected_words': {
    en: (x) =>
      `I don't know what to do with this after \`/${p(x, 'command')}\`: write options as \`name:value\`.`,
    fa: (x) =>
      `نمی‌دانم با این متن بعد از \`/${p(x, 'command')}\` چه کنم: گزینه‌ها را به شکل \`name:value\` بنویسید.`,
  },
  'commands.option_missing': {
    en: (x) => `The option \`${p(x, 'option')}\` is required.`,
    fa: (x) => `گزینهٔ \`${p(x, 'option')}\` لازم است.`,
  },
  'commands.option_not_integer': {
    en: (x) => `\`${p(x, 'option')}\` must be a whole number, got \`${p(x, 'value')}\`.`,
    fa: (x) => `مقدار \`${p(x, 'option')}\` باید عدد صحیح باشد، اما \`${p(x, 'value')}\` آمده است.`,
  },
  'commands.option_not_number': {
    en: (x) => `\`${p(x, 'option')}\` must be a number, got \`${p(x, 'value')}\`.`,
    fa: (x) => `مقدار \`${p(x, 'option')}\` باید عدد باشد، اما \`${p(x, 'value')}\` آمده است.`,
  },
  'commands.option_not_boolean': {
    en: (x) => `\`${p(x, 'option')}\` must be \`true\` or \`false\`, got \`${p(x, 'value')}\`.`,
    fa: (x) =>
      `مقدار \`${p(x, 'option')}\` باید \`true\` یا \`false\` باشد، اما \`${p(x, 'value')}\` آمده است.`,
  },
  'commands.option_not_choice': {
    en: (x) =>
      `\`${p(x, 'option')}\` must be one of ${p(x, 'choices')}, got \`${p(x, 'value')}\`.${suggestion(x, true)}`,
    fa: (x) =>
      `مقدار \`${p(x, 'option')}\` باید یکی از ${p(x, 'choices')} باشد، اما \`${p(x, 'value')}\` آمده است.${suggestion(x, false)}`,
  },
  'commands.option_too_small': {
    en: (x) => `\`${p(x, 'option')}\` must be at least ${p(x, 'min')}, got ${p(x, 'value')}.`,
    fa: (x) => `مقدار \`${p(x, 'option')}\` باید دست‌کم ${n(x, 'min')} باشد، اما ${n(x, 'value')} آمده است.`,
  },
  'commands.option_too_big': {
    en: (x) => `\`${p(x, 'option')}\` must be at most ${p(x, 'max')}, got ${p(x, 'value')}.`,
    fa: (x) => `مقدار \`${p(x, 'option')}\` باید حداکثر ${n(x, 'max')} باشد، اما ${n(x, 'value')} آمده است.`,
  },
  'commands.option_too_long': {
    en: (x) => `\`${p(x, 'option')}\` may be at most ${p(x, 'max')} characters long, got ${p(x, 'length')}.`,
    fa: (x) =>
      `طول \`${p(x, 'option')}\` حداکثر ${c(x, 'max')} نویسه است، اما ${c(x, 'length')} نویسه آمده است.`,
  },
  'commands.option_invalid': {
    en: (x) => `\`${p(x, 'option')}\` is not valid here.`,
    fa: (x) => `مقدار \`${p(x, 'option')}\` این‌جا معتبر نیست.`,
  },

  // --- the dispatcher: how errors are shown
  'commands.problem_heading': {
    en: '⚠️ I could not do that:',
    fa: '⚠️ نتوانستم این کار را انجام دهم:',
  },
  'commands.problems_heading': {
    en: '⚠️ I could not do that, for these reasons:',
    fa: '⚠️ نتوانستم این کار را انجام دهم، به این دلایل:',
  },
  'commands.more_problems': {
    en: (x) =>
      `…and ${p(x, 'count')} more ${Number(x.count) === 1 ? 'problem' : 'problems'}: fix these first.`,
    fa: (x) => `…و ${n(x, 'count')} مشکل دیگر: اول همین‌ها را درست کنید.`,
  },
  'commands.location_line_column': {
    en: (x) => `line ${p(x, 'line')}, column ${p(x, 'column')}`,
    fa: (x) => `خط ${n(x, 'line')}، ستون ${n(x, 'column')}`,
  },
  'commands.location_line': {
    en: (x) => `line ${p(x, 'line')}`,
    fa: (x) => `خط ${n(x, 'line')}`,
  },
  'commands.location_field': {
    en: (x) => `\`${p(x, 'field')}\``,
    fa: (x) => `\`${p(x, 'field')}\``,
  },
  'commands.hint': {
    en: (x) => `Hint: ${p(x, 'hint')}`,
    fa: (x) => `راهنمایی: ${p(x, 'hint')}`,
  },
  'commands.internal_error': {
    en: (x) =>
      `Sorry, something went wrong on my side (reference \`${p(x, 'reference')}\`). It has been logged; please tell your TA the reference if it happens again.`,
    fa: (x) =>
      `متأسفم، مشکلی در سمت من پیش آمد (کد پیگیری \`${p(x, 'reference')}\`). ثبت شده است؛ اگر دوباره پیش آمد، این کد را به دستیار آموزشی بگویید.`,
  },
  'commands.reply_continued': {
    en: (x) => `…the rest is in the attached \`${p(x, 'file')}\`.`,
    fa: (x) => `…ادامه در فایل پیوست \`${p(x, 'file')}\`.`,
  },
  'commands.timeout': {
    en: (x) =>
      `That took longer than ${p(x, 'seconds')} seconds, so I stopped. Try a smaller network or fewer \`steps\`.`,
    fa: (x) =>
      `این کار بیش از ${persianCount(p(x, 'seconds'))} ثانیه طول کشید و متوقفش کردم. شبکهٔ کوچک‌تر یا \`steps\` کمتری را امتحان کنید.`,
  },
  // --- /help
  'commands.help_intro': {
    en: '**backprop-tutor** works through neural-network homework with you: the forward pass, the loss, every gradient by the chain rule and the updated weights, with a diagram. Type a command:',
    fa: '**backprop-tutor** تمرین‌های شبکهٔ عصبی را قدم‌به‌قدم با شما حل می‌کند: گذر رو به جلو، تابع هزینه، همهٔ گرادیان‌ها با قاعدهٔ زنجیره‌ای و وزن‌های به‌روزشده، همراه با نمودار شبکه. یک فرمان بفرستید:',
  },
  'commands.help_more': {
    en: 'Details of one command: `/help backprop`. Persian answers: add `lang:fa`.',
    fa: 'جزئیات یک فرمان: `/help backprop`. پاسخ انگلیسی: `lang:en` را اضافه کنید.',
  },
  'commands.help_options': {
    en: '**Options**',
    fa: '**گزینه‌ها**',
  },
  'commands.help_examples': {
    en: '**Examples**',
    fa: '**مثال‌ها**',
  },
  'commands.help_bare_word': {
    en: '(or write it right after the command)',
    fa: '(یا مستقیم پس از فرمان)',
  },
  // --- /backprop: the reply summary
  'commands.backprop_title': {
    en: '**Backpropagation, one step**',
    fa: '**پس‌انتشار خطا، یک گام**',
  },
  'commands.backprop_title_named': {
    // The name is the user's text (a code span): outside the bold, which Slack cannot wrap around code.
    en: (x) => `**Backpropagation, one step:** ${p(x, 'name')}`,
    fa: (x) => `**پس‌انتشار خطا، یک گام:** ${p(x, 'name')}`,
  },
  'commands.backprop_title_training': {
    en: (x) =>
      `**Backpropagation, then ${p(x, 'steps')} steps of training${x.name ? ':' : ''}**${x.name ? ` ${p(x, 'name')}` : ''}`,
    fa: (x) =>
      `**پس‌انتشار خطا و سپس ${c(x, 'steps')} گام آموزش${x.name ? ':' : ''}**${x.name ? ` ${p(x, 'name')}` : ''}`,
  },
  'commands.backprop_network_line': {
    en: (x) =>
      `Network ${p(x, 'layers')} · ${p(x, 'activations')} · loss ${p(x, 'loss')} · learning rate η = ${p(x, 'rate')} · ${p(x, 'biases')}`,
    fa: (x) =>
      `شبکهٔ ${p(x, 'layers')} · تابع فعال‌سازی ${p(x, 'activations')} · تابع هزینهٔ ${p(x, 'loss')} · نرخ یادگیری ${p(x, 'rate')} · ${p(x, 'biases')}`,
  },
  'commands.backprop_biases_shared_updated': {
    en: 'one bias per layer, updated',
    fa: 'یک بایاس مشترک برای هر لایه، به‌روز می‌شود',
  },
  'commands.backprop_biases_shared_fixed': {
    en: 'one bias per layer, not updated',
    fa: 'یک بایاس مشترک برای هر لایه، به‌روز نمی‌شود',
  },
  'commands.backprop_biases_per_unit_updated': {
    en: 'a bias per unit, updated',
    fa: 'یک بایاس برای هر نورون، به‌روز می‌شود',
  },
  'commands.backprop_biases_per_unit_fixed': {
    en: 'a bias per unit, not updated',
    fa: 'یک بایاس برای هر نورون، به‌روز نمی‌شود',
  },
  'commands.backprop_understood': {
    en: 'The network as I understood it:',
    fa: 'شبکه را این‌طور فهمیدم:',
  },
  'commands.backprop_defaults': {
    en: (x) => `Not given, so I used the defaults: ${p(x, 'defaults')}.`,
    fa: (x) => `این‌ها را ننوشته بودید و مقدار پیش‌فرض را گذاشتم: ${p(x, 'defaults')}.`,
  },
  'commands.backprop_outputs': {
    en: '**Outputs**',
    fa: '**خروجی‌ها**',
  },
  'commands.backprop_output_row': {
    en: (x) => `${p(x, 'unit')} (target ${p(x, 'target')})`,
    fa: (x) => `${p(x, 'unit')} (مقدار هدف ${p(x, 'target')})`,
  },
  'commands.backprop_more_rows': {
    en: (x) => `…and ${p(x, 'count')} more in the attached walkthrough`,
    fa: (x) => `…و ${c(x, 'count')} مورد دیگر در فایل پیوست`,
  },
  'commands.backprop_loss': {
    en: (x) => `**Loss** ${p(x, 'loss')}; after one step ${p(x, 'after')}`,
    fa: (x) => `**خطا** ${p(x, 'loss')}؛ پس از یک گام ${p(x, 'after')}`,
  },
  'commands.backprop_training': {
    en: (x) => `After ${p(x, 'steps')} steps: ${p(x, 'loss')}`,
    fa: (x) => `پس از ${persianCount(p(x, 'steps'))} گام: ${p(x, 'loss')}`,
  },
  'commands.backprop_numeric_heading': {
    en: '**Numerical problems**',
    fa: '**مشکلات عددی**',
  },
  'commands.backprop_forward_heading': {
    en: '**Forward pass**',
    fa: '**گذر رو به جلو**',
  },
  'commands.backprop_delta_heading': {
    en: (x) => `**δ = ∂E/∂${p(x, 'net') || 'net'} per unit**`,
    fa: (x) => `**دلتای هر نورون (δ = ∂E/∂${p(x, 'net') || 'net'})**`,
  },
  'commands.backprop_gradients_heading': {
    en: '**Largest gradients**',
    fa: '**بزرگ‌ترین گرادیان‌ها**',
  },
  'commands.backprop_updated_heading': {
    en: (x) => `**Updated weights** (w ← w − η·∂E/∂w, η = ${p(x, 'rate')})`,
    fa: (x) => `**وزن‌های به‌روزشده** (\u2066w ← w − η·∂E/∂w\u2069، نرخ یادگیری ${p(x, 'rate')})`,
  },
  'commands.backprop_biases_not_updated': {
    en: 'Biases are not updated in this example.',
    fa: 'در این مثال بایاس‌ها به‌روز نمی‌شوند.',
  },
  'commands.backprop_attached': {
    en: (x) => `📎 The full step-by-step walkthrough: ${p(x, 'files')}`,
    fa: (x) => `📎 حل کامل قدم‌به‌قدم: ${p(x, 'files')}`,
  },

  // --- /backprop: what the user gave
  'commands.backprop_no_network': {
    en: 'Give me a network to compute: a preset (`/backprop preset:mazur`) or a definition (`/backprop w1=0.15 w2=0.2 … i1=0.05 i2=0.1 t1=0.01 t2=0.99`). `/help backprop` lists every option.',
    fa: 'یک شبکه برای محاسبه بدهید: یک شبکهٔ آماده (`/backprop preset:mazur`) یا تعریف شبکه (`/backprop w1=0.15 w2=0.2 … i1=0.05 i2=0.1 t1=0.01 t2=0.99`). همهٔ گزینه‌ها: `/help backprop`.',
  },
  'commands.backprop_preset_and_definition': {
    en: 'Give either a preset or a definition, not both.',
    fa: 'یا یک شبکهٔ آماده (preset) بدهید یا تعریف شبکه را، نه هر دو را.',
  },
  'commands.backprop_too_much_work': {
    en: (x) =>
      `Training ${p(x, 'steps')} steps of a network with ${p(x, 'weights')} weights is more than one chat reply can compute; this network can train at most ${p(x, 'maxSteps')} steps here. For longer runs use \`npx backprop-tutor trace\` on your own machine.`,
    fa: (x) =>
      `آموزش ${c(x, 'steps')} گام برای شبکه‌ای با ${c(x, 'weights')} وزن بیش از توان یک پاسخ در گفتگوست؛ این شبکه این‌جا حداکثر ${c(x, 'maxSteps')} گام آموزش می‌بیند. برای اجراهای طولانی‌تر از \`npx backprop-tutor trace\` روی رایانهٔ خودتان استفاده کنید.`,
  },
};
