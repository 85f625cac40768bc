// One term per concept in Persian: «نورون» (never «واحد»), «تابع هزینه» (never «تابع خطا»), the ezafe as «ـهٔ».
import { describe, expect, it } from 'vitest';
import { computeTrace } from '../../src/core/index.js';
import { loadPreset } from '../../src/definition/index.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { catalogue } from '../../src/text/messages/index.js';
import { walkthrough } from '../../src/text/walkthrough.js';
import { backpropSummary } from '../../src/text/backprop-summary.js';

/** Every parameter a message asks for, as a short placeholder. */
const anyParams = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? '1' : undefined) });
const persianMessages = Object.entries(catalogue).map(([id, entry]) => {
  const fa = typeof entry.fa === 'function' ? entry.fa(anyParams as Record<string, string>) : entry.fa;
  return [id, withoutDirectionMarks(fa)] as const;
});

const preset = loadPreset('mazur');
if (!preset.ok) throw new Error('mazur preset missing');
const trace = computeTrace(preset.value.spec);

describe('Persian terms', () => {
  it.each([
    ['«واحد» for a unit', /واحد/],
    ['«تابع خطا» for the loss', /تابع خطا/],
    // The loss's value is «خطا» (as in «خطا در هر دوره»); «هزینه» only in «تابع هزینه», the function.
    ['«هزینه» for the loss value', /(?<!توابع |تابع )هزینه/],
    // A value per epoch or step is the loss's value, «خطا در هر دوره», not the function.
    ['«تابع هزینه» for a value per epoch or step', /تابع هزینه در هر/],
    ['the ezafe written ـه‌ی', /ه\u200cی(?=[\s،:.)])/],
  ])('no catalogue message uses %s', (_what, pattern) => {
    const offenders = persianMessages.filter(([, text]) => pattern.test(text)).map(([id]) => id);
    expect(offenders).toEqual([]);
  });

  it('names the activation and the loss in Persian in Persian replies, by id in English ones', () => {
    const fa = withoutDirectionMarks(walkthrough(trace, { locale: 'fa' }));
    expect(fa).toContain('توابع فعال‌سازی: سیگموید (لجستیک)، سیگموید (لجستیک)');
    expect(fa).toContain('تابع هزینه: نصف مجموع مربعات خطا (E = ½Σ(t − o)²)');
    expect(fa.split('\n')[2]).not.toMatch(/sigmoid|half_sse/);
    const summary = withoutDirectionMarks(
      backpropSummary({ trace, precision: 4, locale: 'fa', view: 'all' }),
    );
    expect(summary).toContain('تابع فعال‌سازی سیگموید (لجستیک)');
    expect(summary).toContain('تابع هزینهٔ نصف مجموع مربعات خطا');
    expect(walkthrough(trace, { locale: 'en' })).toContain('activations: sigmoid, sigmoid · loss: half_sse');
  });
});
