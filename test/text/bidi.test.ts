import { describe, expect, it } from 'vitest';
import {
  hasPersian,
  isolateLeftToRightRuns,
  layOutPersianMarkdown,
  LRI,
  PDI,
  RLI,
  rightToLeftLine,
} from '../../src/text/bidi.js';
import { visualRuns } from '../../src/render/text.js';
import { mirroredBrackets, rightToLeftReading } from '../helpers/visual-order.js';

/** A Persian line as a left-to-right client (Discord, Slack) and a right-to-left one show it. */
const inBoth = (line: string, parts: string[]) =>
  (['ltr', 'rtl'] as const).map((base) => rightToLeftReading(rightToLeftLine(line), base, parts));

describe('isolateLeftToRightRuns', () => {
  it('isolates formulas, numbers, layer sizes and signed numbers', () => {
    expect(isolateLeftToRightRuns('بیشینه: σ′(0) = 0.25')).toBe(`بیشینه: ${LRI}σ′(0) = 0.25${PDI}`);
    expect(isolateLeftToRightRuns('شبکهٔ 2-8-1 با 24 وزن')).toBe(
      `شبکهٔ ${LRI}2-8-1${PDI} با ${LRI}24${PDI} وزن`,
    );
    expect(isolateLeftToRightRuns('مقدار −0.007551 است')).toBe(`مقدار ${LRI}−0.007551${PDI} است`);
  });

  it('never starts a run at a bracket and keeps only the brackets a run closes', () => {
    expect(isolateLeftToRightRuns('b1 = 0.3500 (ثابت)')).toBe(`${LRI}b1 = 0.3500${PDI} (ثابت)`);
    expect(isolateLeftToRightRuns('گذر رو به عقب (پس‌انتشار)')).toBe('گذر رو به عقب (پس‌انتشار)');
    expect(isolateLeftToRightRuns('تابع هزینه (E = ½Σ(t − o)²) است')).toBe(
      `تابع هزینه (${LRI}E = ½Σ(t − o)²${PDI}) است`,
    );
    expect(isolateLeftToRightRuns('(سطر: مقصد، ستون: مبدأ).')).toBe('(سطر: مقصد، ستون: مبدأ).');
  });

  it('keeps isolates already written and code spans whole, and leaves English alone', () => {
    const authored = `خطا: ${LRI}E = 1${PDI}`;
    expect(isolateLeftToRightRuns(authored)).toBe(authored);
    expect(isolateLeftToRightRuns('فایل `walkthrough-fa.md` پیوست است')).toBe(
      `فایل ${LRI}\`walkthrough-fa.md\`${PDI} پیوست است`,
    );
    expect(isolateLeftToRightRuns('E = 0.25 → 0.2')).toBe('E = 0.25 → 0.2');
    expect(hasPersian('loss')).toBe(false);
  });
});

describe('a Persian line in a left-to-right and a right-to-left client', () => {
  it('keeps a colon at the end of a sentence at its end', () => {
    for (const reading of inBoth('وزن‌های به‌روزشده:', ['وزن‌های به‌روزشده', ':'])) {
      expect(reading).toEqual(['وزن‌های به‌روزشده', ':']);
    }
  });

  it('finds the emphasis around a Persian line in time linear in its length (a run of underscores once took exponential time)', () => {
    const underscores = '_'.repeat(8000);
    const line = `**خط 1** ${underscores} x`;
    // Before the fix this did not return (backtracking over every way to split the run into _ and __).
    expect(rightToLeftLine(line)).toContain(underscores);
    expect(rightToLeftLine(`__متن__`).startsWith('__')).toBe(true);
    expect(rightToLeftLine(`**متن**`).endsWith('**')).toBe(true);
    expect(rightToLeftLine(`~~متن~~`).endsWith('~~')).toBe(true);
  });

  it('reads the bias label, the backward title and the dense note right to left, brackets mirrored', () => {
    for (const reading of inBoth('b1 = 0.3500 (ثابت)', ['b1 = 0.3500', '(', 'ثابت', ')'])) {
      expect(reading).toEqual(['b1 = 0.3500', '(', 'ثابت', ')']);
    }
    const title = rightToLeftLine('گذر رو به عقب (پس‌انتشار)');
    expect(mirroredBrackets(title, 'ltr', ['(', ')'])).toEqual([true, true]);
    const note = 'هر ماتریس وزن یک نقشهٔ حرارتی است (سطر: مقصد، ستون: مبدأ).';
    for (const reading of inBoth(note, ['است', '(', 'سطر', 'مبدأ', ')', '.'])) {
      expect(reading).toEqual(['است', '(', 'سطر', 'مبدأ', ')', '.']);
    }
  });

  it('keeps layer sizes, signed numbers and formulas whole, in the sentence order', () => {
    for (const reading of inBoth('شبکهٔ 2-8-1 با 24 وزن', ['شبکهٔ', '2-8-1', 'با', '24', 'وزن'])) {
      expect(reading).toEqual(['شبکهٔ', '2-8-1', 'با', '24', 'وزن']);
    }
    for (const reading of inBoth('گرادیان برابر −0.007551 است', ['گرادیان برابر', '−0.007551', 'است'])) {
      expect(reading).toEqual(['گرادیان برابر', '−0.007551', 'است']);
    }
    const header = 'شبکهٔ 2-2-2، sigmoid، تابع هزینه half_sse (E = ½Σ(t − o)²)، نرخ یادگیری 0.5';
    const parts = [
      'شبکهٔ',
      '2-2-2',
      'sigmoid',
      'تابع هزینه',
      'half_sse',
      'E = ½Σ(t − o)²',
      'نرخ یادگیری',
      '0.5',
    ];
    for (const reading of inBoth(header, parts)) expect(reading).toEqual(parts);
  });

  it('keeps the parts of a sentence joined by ": " and " · " in the sentence order (never one merged run)', () => {
    // /help explain's row: "η" belongs to «نرخ یادگیری», the lessons after the colon are a list of their own.
    const help = 'نرخ یادگیری η: backprop 0.0001…10، dying-relu';
    const helpParts = ['نرخ یادگیری', 'η', 'backprop 0.0001…10', 'dying-relu'];
    for (const reading of inBoth(help, helpParts)) expect(reading).toEqual(helpParts);
    // /train's header: the batch size and the learning rate are two items of the list.
    const header = `دستهٔ ${LRI}4${PDI} · ${LRI}\`η = 2\`${PDI} · ${LRI}\`λ = 0.001\`${PDI} · میانگین خطای نمونه‌ها`;
    const headerParts = ['دستهٔ', '4', '`η = 2`', '`λ = 0.001`', 'میانگین خطای نمونه‌ها'];
    for (const reading of inBoth(header, headerParts)) expect(reading).toEqual(headerParts);
    // A Persian title drawn in a PNG is ordered by the same runs.
    const title = 'گرادیان کاهشی با η = 2: L2 همان کاهش وزن است';
    const drawn = visualRuns(title).map((run) => run.text.trim());
    expect(drawn.indexOf('L2')).toBeLessThan(drawn.indexOf('η = 2'));
    expect(drawn).toContain('η = 2');
  });

  it('reads a line that begins with Latin text right to left', () => {
    const line = 'ReLU برای ورودی منفی صفر می‌دهد:';
    for (const reading of inBoth(line, ['ReLU', 'برای ورودی منفی صفر می‌دهد', ':'])) {
      expect(reading).toEqual(['ReLU', 'برای ورودی منفی صفر می‌دهد', ':']);
    }
  });

  it('without the layout a left-to-right client breaks the same line (the test can fail)', () => {
    const raw = 'b1 = 0.3500 (ثابت)';
    expect(rightToLeftReading(raw, 'ltr', ['b1 = 0.3500', '(', 'ثابت', ')'])).not.toEqual([
      'b1 = 0.3500',
      '(',
      'ثابت',
      ')',
    ]);
  });
});

describe('layOutPersianMarkdown', () => {
  it('keeps Markdown prefixes and emphasis outside the isolate, code blocks untouched, and is idempotent', () => {
    const text = ['## گذر رو به جلو', '- مقدار w5: 0.4', '**خطا**', '```', 'خطا = 1', '```', 'E = 0.3'].join(
      '\n',
    );
    const laidOut = layOutPersianMarkdown(text);
    expect(laidOut.split('\n')).toEqual([
      `## ${RLI}گذر رو به جلو${PDI}`,
      // ": " joins two parts of the Persian sentence: each is its own run (the name, then its value).
      `- ${RLI}مقدار ${LRI}w5${PDI}: ${LRI}0.4${PDI}${PDI}`,
      `**${RLI}خطا${PDI}**`,
      '```',
      'خطا = 1',
      '```',
      'E = 0.3',
    ]);
    expect(layOutPersianMarkdown(laidOut)).toBe(laidOut);
  });

  it('isolates every cell of a table with Persian in it, so its columns keep their order', () => {
    const table = ['| سطر | کمیت | پاسخ دانشجو |', '| --- | --- | --- |', '| 3 | w5 | 0.37 |'].join('\n');
    const rows = layOutPersianMarkdown(table).split('\n');
    expect(rows[1]).toBe('| --- | --- | --- |');
    for (const base of ['ltr', 'rtl'] as const) {
      const header = rightToLeftReading(rows[0]!, base, ['سطر', 'کمیت', 'پاسخ دانشجو']);
      const row = rightToLeftReading(rows[2]!, base, ['3', 'w5', '0.37']);
      // Both rows run the same way: the first column on the same side.
      expect(header[0] === 'سطر').toBe(row[0] === '3');
    }
  });
});

describe('Persian quotation marks', () => {
  // `/explain xavier lang:fa` put «Efficient BackProp» half inside the isolate of "LeCun et al. 1998".
  it('stay around the quoted words, outside the left-to-right isolates', () => {
    const line = isolateLeftToRightRuns('منابع: LeCun et al. 1998 «Efficient BackProp»');
    expect(line).toBe(`منابع: ${LRI}LeCun et al. 1998${PDI} «${LRI}Efficient BackProp${PDI}»`);
    expect(isolateLeftToRightRuns('«مقداردهی اولیهٔ Xavier»')).toBe(`«مقداردهی اولیهٔ ${LRI}Xavier${PDI}»`);
  });
});
