// /check: a student's worked numbers + the network → line-by-line verdicts and the misconception behind each wrong one.
import { z } from 'zod';
import { checkAnswers, MAX_ANSWERS_LENGTH } from '../src/check/check-answers.js';
import { formatCheckReport } from '../src/check/format-report.js';
import { otherOrderToOffer } from '../src/check/reading-notes.js';
import { splitRequestText } from '../src/check/request-text.js';
import { sheetNumbering } from '../src/check/sheet-names.js';
import { describePreset, presetNamesStartingWith, resolveNetworkInput } from '../src/definition/index.js';
import { attachmentOption, defineCommand, LANG_OPTION_HELP } from '../src/dispatch/define-command.js';
import type { Reply } from '../src/dispatch/types.js';
import { UserFacingError, type UserError } from '../src/errors.js';
import { NOTATION_NAMES, notationOfPage, type NotationName } from '../src/text/notations.js';
import { quantityNamer } from '../src/text/quantity-names.js';
import { MSE_READINGS } from './check-loss-reading.js';
import { checkReadings, networkToCheck } from './check-readings.js';
import { checkInteractions } from './interactions/check.js';

/** Discord's string option limit; longer sheets come as a modal, a message or a file (`text`). */
const MAX_OPTION_LENGTH = 6000;

const options = z.object({
  answers: z.string().max(MAX_OPTION_LENGTH).optional(),
  file: attachmentOption().optional(),
  net: z.string().max(MAX_OPTION_LENGTH).optional(),
  preset: z.string().max(60).optional(),
  definition: z.string().max(MAX_OPTION_LENGTH).optional(),
  public: z.boolean().default(false),
  hide: z.boolean().default(false),
  numbering: z.enum(['destination-first', 'source-first']).optional(),
  mse: z.enum(MSE_READINGS).optional(),
  notation: z.enum(NOTATION_NAMES).optional(),
  lang: z.enum(['en', 'fa']).optional(),
});

function fail(errors: UserError[]): never {
  throw new UserFacingError(errors);
}

const problem = (id: string, message: string, field?: string): UserError => ({
  id,
  message,
  ...(field ? { location: { field } } : {}),
});

export default defineCommand({
  name: 'check',
  description: {
    en: "Check a student's worked backpropagation numbers line by line and name the misconception behind each wrong one.",
    fa: 'بررسی سطر به سطر اعداد یک حل پس‌انتشار خطا و نام بردن از بدفهمیِ پشت هر عدد نادرست.',
  },
  options,
  optionText: {
    file: {
      en: 'The worked answers as an attached text file (.txt), instead of typing them.',
      fa: 'پاسخ‌ها به صورت فایل متنی پیوست (‎.txt‎)، به جای تایپ کردن.',
    },
    answers: {
      en: 'The worked answers, one `name = … = value` per line (or paste them as a message or file).',
      fa: 'پاسخ‌های حل‌شده، هر سطر یک `name = … = value` (یا آن‌ها را به صورت پیام یا فایل بفرستید).',
    },
    net: {
      en: 'The network: a preset name (course-q6, mazur, …) or a definition, as with the command line.',
      fa: 'شبکه: نام یک نمونهٔ آماده (course-q6، mazur، …) یا تعریف شبکه، مانند خط فرمان.',
    },
    preset: {
      en: 'The network as a built-in preset, e.g. course-q6 or mazur.',
      fa: 'شبکه به صورت یک نمونهٔ آماده، مثلاً course-q6 یا mazur.',
    },
    definition: {
      en: 'The network as on the homework sheet (w1=0.15 … i1=0.05 t1=0.01, key: value lines, or JSON).',
      fa: 'شبکه همان‌طور که در تمرین آمده (w1=0.15 … i1=0.05 t1=0.01، سطرهای key: value یا JSON).',
    },
    public: {
      en: 'Post the result in the channel (default: only you see it).',
      fa: 'نتیجه در کانال برای همه نمایش داده شود (پیش‌فرض: فقط شما می‌بینید).',
    },
    hide: {
      en: 'Hide the right values: say only what is wrong (for checking your own work).',
      fa: 'مقادیر درست پنهان شوند و فقط نادرست بودن گفته شود (برای خودآزمایی).',
    },
    numbering: {
      en: 'How to read w1, w2, … and matrices when the page allows both: destination-first (w2 = i2→h1, the default) or source-first (w2 = i1→h2, x @ W).',
      fa: 'ترتیب خواندن w1، w2، … و ماتریس‌ها وقتی صفحه هر دو را ممکن می‌گذارد: destination-first (w2 = i2→h1، پیش‌فرض) یا source-first (w2 = i1→h2، x @ W).',
    },
    mse: {
      en: 'How to read a page\'s "MSE" when it says neither ½ nor 1/n: half-sum (E = ½Σ(t−o)², the default) or mean (E = (1/n)Σ(t−o)²).',
      fa: 'خواندن «MSE» صفحه وقتی نه ½ می‌گوید نه 1/n: half-sum (E = ½Σ(t−o)²، پیش‌فرض) یا mean (E = (1/n)Σ(t−o)²).',
    },
    notation: {
      en: "Names in the rows: classic (net_h1, out_h1), course (a_h1, h1), layered (z⁽¹⁾₁) or textbook (I_j, O_j); default: the sheet's own.",
      fa: 'نام‌ها در سطرهای جدول: classic (net_h1، out_h1)، course (a_h1، h1)، layered (z⁽¹⁾₁) یا textbook (I_j، O_j)؛ پیش‌فرض: نمادگذاری خود برگه.',
    },
    lang: LANG_OPTION_HELP,
  },
  firstOption: 'answers',
  suggest: {
    preset: presetNamesStartingWith,
  },
  describeChoice: { preset: describePreset },
  examples: [
    '/check preset:course-q6 answers:"h1 = σ(0.3775) = 0.5932  Δw5 = 0.0332"',
    '/check preset:mazur hide:true answers:"out_o1 = 0.7514 ∂E/∂w5 = 0.0822 w5+ = 0.3589"',
    '/check public:true   (then paste: ```network``` followed by the answers)',
  ],
  interactions: checkInteractions,
  async run(request): Promise<Reply> {
    const { answers, net, preset, definition, hide, numbering, mse } = request.options;
    const locale = request.locale;
    const networkGiven = preset !== undefined || definition !== undefined || net !== undefined;
    const fromText = splitRequestText(request.text ?? '', networkGiven);
    const sheet = answers ?? fromText.answers;
    // `net` is a preset name or a definition, like the command line's --net; the answers' numbers may settle
    // a reading the setup leaves open (destination- or source-first), as a page's own worked numbers do.
    const network = resolveNetworkInput(
      {
        preset,
        definition,
        net,
        text: fromText.network,
        numbering,
        worked: sheet.length <= MAX_ANSWERS_LENGTH ? sheet : undefined,
      },
      { both: 'check.preset_and_definition', none: 'check.no_network' },
    );
    if (!network.ok) fail(network.error);
    const checked = networkToCheck(network.value, mse);
    if (!checked.ok) fail(checked.error);
    const spec = checked.value;
    if (sheet.trim() === '') fail([problem('check.no_answers', 'Give me the answers to check.', 'answers')]);
    if (sheet.length > MAX_ANSWERS_LENGTH) {
      const params = { length: sheet.length, limit: MAX_ANSWERS_LENGTH };
      const message = `The answers are ${sheet.length} characters long; at most ${MAX_ANSWERS_LENGTH} are read.`;
      fail([{ ...problem('check.too_long', message, 'answers'), params }]);
    }

    const checkOptions = {
      hideExpected: hide,
      pageNames: network.value.pageNames,
      numbering: numbering ?? sheetNumbering(network.value),
    };
    const report = checkAnswers(spec, sheet, checkOptions);
    if (report.rows.length === 0)
      fail([problem('check.no_statements', 'I found no lines of the form name = … = number.')]);
    // Rows in the notation chosen, else the sheet's own, else the place's default (/settings), else classic.
    const notation: NotationName =
      request.options.notation ?? notationOfPage(sheet) ?? request.defaults?.notation ?? 'classic';
    const readings = checkReadings(
      { network: network.value, spec, sheet, options: checkOptions, report, mse },
      locale,
    );
    const formatted = formatCheckReport(report, {
      locale,
      names: quantityNamer(spec, notation),
      readings: readings.lines,
    });
    const files = formatted.complete
      ? []
      : [
          { name: 'check-report.md', content: formatted.full },
          { name: 'check-report.json', content: formatted.json },
        ];
    const otherNumbering = otherOrderToOffer(
      network.value.noteMessages,
      numbering,
      report.numbering !== undefined,
    );
    return {
      text: formatted.text,
      files,
      visibility: request.options.public ? 'public' : 'private',
      kind: 'ok',
      ...(otherNumbering ? { otherNumbering } : {}),
      ...(readings.offerMse ? { otherMse: readings.offerMse } : {}),
    };
  },
});
