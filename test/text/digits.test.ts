// One rule for digits in Persian replies (src/text/line-list.ts persianCount): a count of things is a word of the
// sentence, in Persian digits («۴ نمونه», «۱ درست»); a value the core computes or the user typed keeps Western digits
// inside a left-to-right isolate or code. So no Western digit stands bare in Persian text, no Persian digit sits in
// a formula, and no number mixes the two.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import { LRI, PDI, FSI, RLI, layOutPersianMarkdown, withoutDirectionMarks } from '../../src/text/bidi.js';
import { catalogue } from '../../src/text/messages/index.js';
import { fakeDeps } from '../dispatch/fakes.js';
import { buildLesson, lessonTopics, resolveLessonParameters } from '../../src/lessons/index.js';

/** Words that follow a count of things in Persian sentences. */
const COUNT_NOUNS =
  'نمونه|فرمول|نورون|واحد|لایه|دوره|گام|سطر|تلاش|دانشجو|تمرین|وزن|ورودی|خروجی|نویسه|بایت|عدد|ثانیه|بهینه‌ساز|هدف|مورد|نقطه|بار';

/** Counts of things written in Western digits, kept aside as if they were values («⁦12⁩ نمونه» is «۱۲ نمونه»). */
function westernCounts(text: string): string[] {
  const counts = [...text.matchAll(new RegExp(`${LRI}[0-9][0-9.,]*${PDI} (?:${COUNT_NOUNS})`, 'g'))];
  // A place on the page is counted too: «سطر ۱۴», as the skipped-text note writes it.
  const lines = [...text.matchAll(new RegExp(`سطر(?:های)? ${LRI}[0-9]`, 'g'))];
  // «۴ از ۴ نمونه», «(۴ از ۴)»: how many of how many, as /train's accuracy writes it (not «لایهٔ ۲ از tanh استفاده کنید»).
  const ofCounts = [
    ...text.matchAll(
      new RegExp(`${LRI}[0-9]+${PDI} از ${LRI}[0-9]+${PDI}(?= (?:${COUNT_NOUNS})|[)،.؛:\u2069]|$)`, 'gm'),
    ),
  ];
  return [
    ...counts.map((count) => `a count in Western digits: ${count[0]}`),
    ...ofCounts.map((count) => `a count in Western digits: ${count[0]}`),
    ...lines.map((line) => `a line number in Western digits: ${line[0]}`),
  ];
}

/** Every place in the Persian lines of `text` where the rule is broken. */
function digitProblems(text: string): string[] {
  const problems: string[] = [];
  let fence = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fence = !fence;
    if (fence || /^\s*```/.test(line) || !/[\u0600-\u06FF]/.test(line)) continue;
    const open: string[] = [];
    let code = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === LRI || c === RLI || c === FSI) open.push(c);
      else if (c === PDI) open.pop();
      else if (c === '`') code = !code;
      const leftToRight = code || open.includes(LRI);
      const around = line.slice(Math.max(0, i - 20), i + 10);
      if (/[0-9]/.test(c) && !leftToRight) problems.push(`a bare Western digit: ${around}`);
      if (/[\u06F0-\u06F9]/.test(c) && leftToRight) problems.push(`a Persian digit in a formula: ${around}`);
    }
    if (/[0-9][\u06F0-\u06F9]|[\u06F0-\u06F9][0-9]/.test(withoutDirectionMarks(line)))
      problems.push(`mixed: ${line}`);
  }
  return problems;
}

const ask = async (command: string, options: Record<string, string | number | boolean>, text?: string) =>
  (
    await dispatch(
      {
        command,
        options: { lang: 'fa', ...options },
        user: { id: 'u', role: 'ta' },
        locale: 'fa',
        ...(text ? { text } : {}),
      },
      fakeDeps(),
      { commands },
    )
  ).text;

describe('digits in Persian replies', () => {
  it('every catalogue message follows the rule (numbers as parameters)', () => {
    const numbers = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? '12' : undefined) });
    const broken = Object.entries(catalogue).flatMap(([id, entry]) => {
      const fa = typeof entry.fa === 'function' ? entry.fa(numbers as Record<string, string>) : entry.fa;
      const laidOut = layOutPersianMarkdown(fa);
      return [...digitProblems(laidOut), ...westernCounts(laidOut)].map((problem) => `${id}: ${problem}`);
    });
    expect(broken).toEqual([]);
  });

  it('a sample of replies follows it: walkthrough, /train, /check, /explain, /help, errors', async () => {
    const replies = {
      backprop: await ask('backprop', { preset: 'mazur', view: 'all' }),
      steps: await ask('backprop', { preset: 'course-q6', steps: 10 }),
      train: await ask('train', { preset: 'xor', optimizer: 'sgd,adam', l2: 0.001 }),
      check: await ask(
        'check',
        { preset: 'mazur' },
        'net_h1 = 0.3775\nout_h1 = 0.5933\nw5+ = 0.40\nE = 0.2984',
      ),
      explain: await ask('explain', { topic: 'xavier' }),
      help: await ask('help', {}),
      helpTrain: await ask('help', { command: 'train' }),
      badValue: await ask('backprop', {}, 'w1=0.1 w2=0.2 w3 = 0.1o'),
      badOption: await ask('backprop', { preset: 'mazur', steps: 0 }),
    };
    for (const [name, text] of Object.entries(replies)) expect(digitProblems(text), name).toEqual([]);
    // The bot's own sentences and the lessons' prose write counts in Persian digits.
    for (const [name, text] of Object.entries(replies)) expect(westernCounts(text), name).toEqual([]);
    // Counts are Persian, values Western: «۴ نمونه · ۵۰۰۰ دوره», «دقت ۲ از ۴ (50.0٪)».
    const train = withoutDirectionMarks(replies.train);
    expect(train).toMatch(/۴ نمونه · ۵۰۰۰ دوره · دستهٔ ۴/);
    expect(train).toMatch(/دقت [۰-۹]+ از ۴ \(\d+\.\d٪\)/);
    expect(train).toMatch(/`0\.\d+ → 0\.\d+`/);
    expect(withoutDirectionMarks(replies.check)).toMatch(/✓ [۰-۹]+ درست/);
    // The score is a count too, in the same digits as the counts beside it; the shared bias's unit count as well.
    expect(withoutDirectionMarks(replies.check)).toMatch(/امتیاز: \*\*[۰-۹]+\/[۰-۹]+\*\*/);
    expect(withoutDirectionMarks(replies.backprop)).toMatch(/میان هر ۲ نورون/);
  });

  // Lesson bodies (assets/lessons/*.fa.md) are TAs' prose: counts in Persian digits (a count that comes from the numbers
  // is written {{#name}}), values, formulas and code as written.
  it('every Persian lesson follows it: the short lesson and its derivations, with the default numbers', () => {
    const broken = lessonTopics().flatMap((topic) => {
      const defaults = resolveLessonParameters(topic, {});
      if (!defaults.ok) throw new Error(topic.id);
      const lesson = buildLesson(topic, 'fa', defaults.value, 'dark');
      const laidOut = layOutPersianMarkdown(lesson.more.content);
      return [...digitProblems(laidOut), ...westernCounts(laidOut)].map(
        (problem) => `${topic.id}: ${problem}`,
      );
    });
    expect(broken).toEqual([]);
  });

  it('catches what it guards against (the test can fail)', () => {
    expect(digitProblems(`دقت 4 از ${LRI}4${PDI}`)).toHaveLength(1);
    expect(digitProblems(`مقدار ${LRI}۰.5${PDI}`)).toHaveLength(1);
    expect(westernCounts(`آموزش ${LRI}12${PDI} نمونه`)).toHaveLength(1);
    expect(westernCounts(`پس از آموزش: ${LRI}3${PDI} از ${LRI}4${PDI}`)).toHaveLength(1);
  });
});
