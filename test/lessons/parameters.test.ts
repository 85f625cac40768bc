import { describe, expect, it } from 'vitest';
import { lessonTopics, resolveLessonParameters } from '../../src/lessons/index.js';
import { formatUserErrors } from '../../src/text/user-errors.js';

const topic = (id: string) => lessonTopics().find((t) => t.id === id)!;

describe('resolveLessonParameters', () => {
  it('fills the lesson’s defaults and keeps the user’s numbers', () => {
    expect(resolveLessonParameters(topic('xavier'), {})).toEqual({
      ok: true,
      value: { fan_in: 256, fan_out: 128 },
    });
    expect(resolveLessonParameters(topic('xavier'), { fan_in: 784, fan_out: undefined })).toEqual({
      ok: true,
      value: { fan_in: 784, fan_out: 128 },
    });
    expect(resolveLessonParameters(topic('dying-relu'), { lr: 1.5 })).toEqual({
      ok: true,
      value: { lr: 1.5 },
    });
  });

  it('rejects a number out of the lesson’s range with a located error, translated', () => {
    const result = resolveLessonParameters(topic('xavier'), { fan_in: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]).toMatchObject({
      id: 'lessons.parameter_out_of_range',
      location: { field: 'fan_in', excerpt: 'fan_in:0' },
    });
    expect(formatUserErrors(result.error, 'en')).toMatch(
      /`fan_in` must be between .*1.* and .*100000.* for `xavier`/,
    );
    expect(formatUserErrors(result.error, 'fa')).toContain('باید بین');
  });

  it('rejects fractional unit counts and parameters another lesson takes', () => {
    const fractional = resolveLessonParameters(topic('he'), { fan_in: 2.5 });
    expect(fractional.ok ? undefined : fractional.error[0]!.id).toBe('lessons.parameter_not_integer');
    const foreign = resolveLessonParameters(topic('xavier'), { lr: 1.5 });
    expect(foreign.ok ? undefined : foreign.error[0]).toMatchObject({
      id: 'lessons.parameter_not_for_topic',
      params: { accepted: '`fan_in`, `fan_out`' },
      hint: '/explain xavier fan_in:256 fan_out:128',
    });
    const none = resolveLessonParameters(topic('zero-init'), { lr: 1 });
    expect(none.ok ? undefined : none.error[0]!.id).toBe('lessons.topic_takes_no_parameters');
  });

  it('reports every bad parameter at once', () => {
    const result = resolveLessonParameters(topic('xavier'), { fan_in: -1, fan_out: 1e9 });
    expect(result.ok ? [] : result.error.map((e) => e.location?.field)).toEqual(['fan_in', 'fan_out']);
  });
});
