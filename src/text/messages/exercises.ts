// Messages of /exercise (a class's exercise: networks per student, graded submissions, the TA's report), en and fa.
import { ltr } from '../bidi.js';
import type { MessageParams, Messages } from '../i18n.js';
import { countOf, persianCount } from '../line-list.js';

const p = (params: MessageParams, key: string): string => String(params[key] ?? '');
const n = (params: MessageParams, key: string): string => ltr(p(params, key));
/** A count in the Persian sentence (src/text/line-list.ts persianCount). */
const c = (params: MessageParams, key: string): string => persianCount(p(params, key));

export const exercisesMessages: Messages = {
  // The comment after a bias shared by its layer in the network a student is given (it reads back as a comment).
  'exercise.shared_bias_comment': {
    en: 'one bias shared by the layer',
    fa: 'یک بایاس مشترک برای همهٔ نورون‌های لایه',
  },
  // --- refusals (each says why and what would work)
  'exercise.no_store': {
    en: 'Exercises need the database, and this bot was started without one.',
    fa: 'تمرین‌ها به پایگاه داده نیاز دارند و این بات بدون آن اجرا شده است.',
  },
  'exercise.ta_only': {
    en: (x) =>
      `Only a TA may use \`/exercise ${p(x, 'action')}\` (on Discord: Manage Messages in this server or the TA role; on Slack: the TA user group or a workspace admin).`,
    fa: (x) =>
      `فقط دستیار آموزشی می‌تواند ${ltr(`/exercise ${p(x, 'action')}`)} را به کار ببرد (در دیسکورد: مجوز Manage Messages در این سرور یا نقش دستیار؛ در اسلک: گروه کاربری دستیاران یا مدیر فضای کاری).`,
  },
  'exercise.name_required': {
    en: 'Give the exercise a name: `name:hw3` (letters, digits, - and _, at most 32).',
    fa: 'نام تمرین را بدهید: `name:hw3` (حروف، رقم، - و _، حداکثر ۳۲ نویسه).',
  },
  'exercise.bad_name': {
    en: (x) =>
      `\`${p(x, 'name')}\` is not a usable name: letters, digits, - and _ only, at most 32 (e.g. \`hw3\`).`,
    fa: (x) => `${n(x, 'name')} نام مناسبی نیست: فقط حروف، رقم، - و _، حداکثر ۳۲ نویسه (مثلاً \`hw3\`).`,
  },
  'exercise.not_found': {
    en: (x) => `There is no exercise \`${p(x, 'name')}\` here. \`/exercise list\` shows them.`,
    fa: (x) => `تمرینی به نام ${n(x, 'name')} اینجا نیست. \`/exercise list\` آن‌ها را نشان می‌دهد.`,
  },
  'exercise.exists': {
    en: (x) =>
      `An exercise \`${p(x, 'name')}\` already exists here: choose another name, or delete it first.`,
    fa: (x) => `تمرین ${n(x, 'name')} از قبل وجود دارد: نام دیگری انتخاب کنید یا اول آن را حذف کنید.`,
  },
  'exercise.too_many': {
    en: (x) =>
      `This server already has ${p(x, 'max')} exercises, the most it may have: delete an old one first.`,
    fa: (x) =>
      `این سرور هم‌اکنون ${c(x, 'max')} تمرین دارد که بیشترین تعداد مجاز است: اول یک تمرین قدیمی را حذف کنید.`,
  },
  'exercise.class_full': {
    en: (x) =>
      `Exercise \`${p(x, 'name')}\` already has ${p(x, 'max')} students, the most one exercise may have.`,
    fa: (x) =>
      `تمرین ${n(x, 'name')} هم‌اکنون ${c(x, 'max')} دانشجو دارد که بیشترین تعداد مجاز برای یک تمرین است.`,
  },
  'exercise.too_long': {
    en: (x) =>
      `Your solution is ${p(x, 'length')} characters long; at most ${p(x, 'limit')} are read in one submission. Keep the lines with your numbers (name = value) and leave out the rest; this did not count as an attempt.`,
    fa: (x) =>
      `حل شما ${c(x, 'length')} نویسه است؛ در هر ارسال حداکثر ${c(x, 'limit')} نویسه خوانده می‌شود. سطرهای عددی (نام = مقدار) را نگه دارید و بقیه را حذف کنید؛ این ارسال جزو فرصت‌ها حساب نشد.`,
  },
  'exercise.closed': {
    en: (x) => `Exercise \`${p(x, 'name')}\` is closed: it takes no more submissions.`,
    fa: (x) => `تمرین ${n(x, 'name')} بسته شده است و پاسخ تازه نمی‌پذیرد.`,
  },
  'exercise.past_due': {
    en: (x) => `Exercise \`${p(x, 'name')}\` was due ${p(x, 'due')}: it takes no more submissions.`,
    fa: (x) => `مهلت تمرین ${n(x, 'name')} در ${n(x, 'due')} تمام شده و پاسخ تازه نمی‌پذیرد.`,
  },
  'exercise.no_attempts_left': {
    en: (x) =>
      `You have used ${Number(x.attempts) === 1 ? 'your one attempt' : `all ${p(x, 'attempts')} attempts`} of \`${p(x, 'name')}\`; your best score counts.`,
    fa: (x) =>
      `${Number(x.attempts) === 1 ? 'تنها فرصت' : `همهٔ ${c(x, 'attempts')} بار فرصت`} تمرین ${n(x, 'name')} را به کار برده‌اید؛ بهترین امتیازتان حساب می‌شود.`,
  },
  'exercise.start_first': {
    en: (x) => `Start the exercise first: \`/exercise start name:${p(x, 'name')}\` shows your own network.`,
    fa: (x) =>
      `اول تمرین را شروع کنید: ${ltr(`/exercise start name:${p(x, 'name')}`)} شبکهٔ خودتان را نشان می‌دهد.`,
  },
  'exercise.no_solution': {
    en: 'Give me your worked solution: in the form that opens, as the message text, or as an attached file.',
    fa: 'حل خود را بفرستید: در فرمی که باز می‌شود، به صورت متن پیام یا یک فایل پیوست.',
  },
  'exercise.no_network': {
    en: 'Give the exercise a network: `preset:course-q6` or `definition:…` (or the definition as the message text).',
    fa: 'برای تمرین یک شبکه بدهید: `preset:course-q6` یا `definition:…` (یا تعریف شبکه به صورت متن پیام).',
  },
  'exercise.bad_vary': {
    en: (x) =>
      `\`vary:${p(x, 'value')}\`: each part must be one of weights, inputs, targets, lr (e.g. \`vary:weights,inputs\`).`,
    fa: (x) =>
      `${ltr(`vary:${p(x, 'value')}`)}: هر بخش باید یکی از weights، inputs، targets یا lr باشد (مثلاً \`vary:weights,inputs\`).`,
  },
  'exercise.bad_due': {
    en: (x) =>
      `\`due:${p(x, 'value')}\` is not a date: write \`due:2026-12-20\` or \`due:2026-12-20T23:59\` (UTC).`,
    fa: (x) =>
      `${ltr(`due:${p(x, 'value')}`)} تاریخ نیست: بنویسید \`due:2026-12-20\` یا \`due:2026-12-20T23:59\` (به وقت UTC).`,
  },
  'exercise.confirm_delete': {
    en: (x) =>
      `Delete exercise \`${p(x, 'name')}\` with its ${p(x, 'students')} students and ${p(x, 'submissions')} submissions? This cannot be undone. Press the button, or send \`/exercise delete name:${p(x, 'name')} confirm:true\`.`,
    fa: (x) =>
      `تمرین ${n(x, 'name')} با ${c(x, 'students')} دانشجو و ${c(x, 'submissions')} پاسخ ارسالی حذف شود؟ این کار برگشت‌پذیر نیست. دکمه را بزنید یا بفرستید ${ltr(`/exercise delete name:${p(x, 'name')} confirm:true`)}.`,
  },
  'exercise.delete_button': { en: 'Delete for good', fa: 'حذف همیشگی' },
  // --- answers
  'exercise.created': {
    en: (x) =>
      `**Exercise \`${p(x, 'name')}\` is open.** Each student gets their own ${p(x, 'layers')} network (varied: ${p(x, 'vary')}), ${countOf(p(x, 'attempts'), 'attempt')}${p(x, 'due') ? `, due ${p(x, 'due')}` : ''}; right values ${x.show === 'yes' ? 'shown' : 'not shown'} after submitting.\nStudents: \`/exercise start name:${p(x, 'name')}\`, then \`/exercise submit name:${p(x, 'name')}\` with the worked solution.`,
    fa: (x) =>
      `**تمرین ${n(x, 'name')} باز شد.** هر دانشجو شبکهٔ ${n(x, 'layers')} خودش را می‌گیرد (متغیر: ${n(x, 'vary')})، ${c(x, 'attempts')} بار فرصت${p(x, 'due') ? `، مهلت ${n(x, 'due')}` : ''}؛ مقادیر درست پس از ارسال ${x.show === 'yes' ? 'نشان داده می‌شوند' : 'نشان داده نمی‌شوند'}.\nدانشجویان: ${ltr(`/exercise start name:${p(x, 'name')}`)} و سپس ${ltr(`/exercise submit name:${p(x, 'name')}`)} همراه با حل کامل.`,
  },
  'exercise.list_title': { en: '**Exercises here**', fa: '**تمرین‌های اینجا**' },
  'exercise.list_empty': {
    en: 'No exercises yet. A TA creates one with `/exercise new name:hw1 preset:course-q6`.',
    fa: 'هنوز تمرینی نیست. دستیار آموزشی با `/exercise new name:hw1 preset:course-q6` یکی می‌سازد.',
  },
  'exercise.list_row': {
    en: (x) =>
      `• \`${p(x, 'name')}\` ${x.closed === 'yes' ? 'closed' : 'open'}${p(x, 'due') ? `, due ${p(x, 'due')}` : ''}: ${p(x, 'submitted')}/${p(x, 'students')} students submitted`,
    fa: (x) =>
      `• ${n(x, 'name')} ${x.closed === 'yes' ? 'بسته' : 'باز'}${p(x, 'due') ? `، مهلت ${n(x, 'due')}` : ''}: ${c(x, 'submitted')} از ${c(x, 'students')} دانشجو پاسخ داده‌اند`,
  },
  'exercise.closed_now': {
    en: (x) =>
      `Exercise \`${p(x, 'name')}\` is closed: no more submissions. \`/exercise report name:${p(x, 'name')}\` for the grades.`,
    fa: (x) =>
      `تمرین ${n(x, 'name')} بسته شد و پاسخ تازه نمی‌پذیرد. برای نمره‌ها: ${ltr(`/exercise report name:${p(x, 'name')}`)}`,
  },
  'exercise.deleted': {
    en: (x) => `Exercise \`${p(x, 'name')}\` and all its submissions are deleted.`,
    fa: (x) => `تمرین ${n(x, 'name')} و همهٔ پاسخ‌های آن حذف شدند.`,
  },
  'exercise.your_network': {
    en: (x) =>
      `**Your network for \`${p(x, 'name')}\`** (yours alone: your classmates' numbers differ). Work out the forward pass, the loss, the gradients and the updated weights, then send \`/exercise submit name:${p(x, 'name')}\` with your worked solution, one \`name = value\` per line. Attempts: ${p(x, 'attempts')}${p(x, 'due') ? `; due ${p(x, 'due')}` : ''}.`,
    fa: (x) =>
      `**شبکهٔ شما برای تمرین ${n(x, 'name')}** (فقط مال شما: اعداد هم‌کلاسی‌هایتان فرق دارد). گذر رو به جلو، خطا، گرادیان‌ها و وزن‌های به‌روزشده را حساب کنید و سپس ${ltr(`/exercise submit name:${p(x, 'name')}`)} را با حل کامل بفرستید، هر سطر یک \`name = value\`. تعداد فرصت: ${n(x, 'attempts')}${p(x, 'due') ? `؛ مهلت ${n(x, 'due')}` : ''}.`,
  },
  'exercise.stored': {
    en: (x) =>
      `**Stored: attempt ${p(x, 'attempt')} of ${p(x, 'attempts')} for \`${p(x, 'name')}\`, score ${p(x, 'percent')}%.** ${Number(x.left) > 0 ? `${countOf(p(x, 'left'), 'attempt')} left.` : 'No attempts left.'}`,
    fa: (x) =>
      `**ذخیره شد: تلاش ${c(x, 'attempt')} از ${c(x, 'attempts')} برای ${n(x, 'name')}، امتیاز ${ltr(`${p(x, 'percent')}%`)}.** ${Number(x.left) > 0 ? `${c(x, 'left')} فرصت دیگر دارید.` : 'فرصت دیگری ندارید.'}`,
  },
  // --- the report
  'exercise.report_title': {
    en: (x) =>
      `**Report for \`${p(x, 'name')}\`**: ${p(x, 'submitted')}/${p(x, 'students')} students submitted, ${countOf(p(x, 'attempts'), 'attempt')} in all.`,
    fa: (x) =>
      `**گزارش تمرین ${n(x, 'name')}**: ${c(x, 'submitted')} از ${c(x, 'students')} دانشجو پاسخ داده‌اند، روی هم ${c(x, 'attempts')} تلاش.`,
  },
  'exercise.report_scores': {
    en: (x) =>
      `Best scores: mean ${p(x, 'mean')}%, median ${p(x, 'median')}%, lowest ${p(x, 'min')}%, highest ${p(x, 'max')}%.`,
    fa: (x) =>
      `بهترین امتیازها: میانگین ${ltr(`${p(x, 'mean')}%`)}، میانه ${ltr(`${p(x, 'median')}%`)}، کمترین ${ltr(`${p(x, 'min')}%`)}، بیشترین ${ltr(`${p(x, 'max')}%`)}.`,
  },
  'exercise.report_misconceptions': { en: '**Most frequent misconceptions**', fa: '**بدفهمی‌های پرتکرار**' },
  'exercise.report_misconception_row': {
    en: (x) =>
      `• \`${p(x, 'id')}\`: ${p(x, 'students')} ${Number(x.students) === 1 ? 'student' : 'students'}. ${p(x, 'text')} e.g. line ${p(x, 'example')}`,
    fa: (x) =>
      `• ${n(x, 'id')}: ${c(x, 'students')} دانشجو. ${persianCount(p(x, 'text'))} نمونه، سطر ${c(x, 'example')}`,
  },
  'exercise.report_no_misconceptions': {
    en: 'No catalogued misconception showed up.',
    fa: 'هیچ بدفهمیِ شناخته‌شده‌ای دیده نشد.',
  },
  'exercise.report_missing': {
    en: (x) => `**Not submitted** (${p(x, 'count')}): ${p(x, 'names')}`,
    fa: (x) => `**پاسخ نداده‌اند** (${c(x, 'count')}): ${p(x, 'names')}`,
  },
  'exercise.report_none_missing': {
    en: 'Everyone who started has submitted.',
    fa: 'همهٔ کسانی که شروع کرده‌اند پاسخ داده‌اند.',
  },
  'exercise.report_files': {
    en: (x) => `The grades are in \`${p(x, 'file')}\` (one row per student).`,
    fa: (x) => `نمره‌ها در ${n(x, 'file')} است (هر دانشجو یک سطر).`,
  },
  // --- backprop-tutor exercise export
  'exercise.export_not_found': {
    en: (x) =>
      `There is no exercise \`${p(x, 'name')}\` in this database (DATA_DIR, or DATABASE_URL when set).`,
    fa: (x) =>
      `تمرینی به نام ${n(x, 'name')} در این پایگاه داده نیست (DATA_DIR، یا DATABASE_URL اگر تنظیم شده باشد).`,
  },
  'exercise.export_which_place': {
    en: (x) => `\`${p(x, 'name')}\` exists in several places (${p(x, 'places')}): choose one with --place.`,
    fa: (x) => `${n(x, 'name')} در چند جا هست (${n(x, 'places')}): یکی را با ${ltr('--place')} انتخاب کنید.`,
  },
  'exercise.chart_scores_title': { en: 'Best score per student', fa: 'بهترین امتیاز هر دانشجو' },
  'exercise.chart_scores_x': { en: 'score in percent', fa: 'امتیاز به درصد' },
  'exercise.chart_students': { en: 'students', fa: 'دانشجویان' },
  'exercise.chart_misconceptions_title': { en: 'Misconceptions in the class', fa: 'بدفهمی‌ها در کلاس' },
  'exercise.chart_misconceptions_x': { en: 'misconception', fa: 'بدفهمی' },
};
