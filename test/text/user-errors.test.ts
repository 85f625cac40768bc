import { describe, expect, it } from 'vitest';
import type { UserError } from '../../src/errors.js';
import { formatUserError, formatUserErrors } from '../../src/text/user-errors.js';

const located: UserError = {
  id: 'test.no_entry',
  message: 'Unknown activation here.',
  location: { line: 3, column: 9, excerpt: 'activation: sigmod' },
  hint: 'activation: sigmoid',
};

describe('formatUserError', () => {
  it('puts the location first, quotes the excerpt and adds the hint', () => {
    expect(formatUserError(located, 'en')).toBe(
      '**line 3, column 9** · `activation: sigmod`: Unknown activation here.\n  Hint: activation: sigmoid',
    );
  });

  it('keeps line and column left-to-right in Persian', () => {
    expect(formatUserError(located, 'fa')).toContain('**خط \u20663\u2069، ستون \u20669\u2069**');
    expect(formatUserError(located, 'fa')).toContain('راهنمایی: activation: sigmoid');
  });

  it('does not repeat what the message already says', () => {
    const error: UserError = {
      id: 'test.no_entry',
      message: '`steps` must be at least 1, got 0.',
      location: { field: 'steps', excerpt: 'got 0' },
      hint: 'at least 1',
    };
    expect(formatUserError(error, 'en')).toBe('`steps` must be at least 1, got 0.');
  });

  it('shortens a long excerpt at a word', () => {
    const error: UserError = {
      id: 'x',
      message: 'Bad.',
      location: { line: 1, excerpt: `w1=${'0.123456789 '.repeat(20)}` },
    };
    const text = formatUserError(error, 'en');
    expect(text.length).toBeLessThan(140);
    expect(text).toMatch(/0\.123456789 …`/);
  });
});

describe('formatUserErrors', () => {
  it('lists at most five problems and counts the rest', () => {
    const errors = Array.from({ length: 8 }, (_, i): UserError => ({
      id: 'x',
      message: `Problem ${i + 1}.`,
    }));
    const text = formatUserErrors(errors, 'en');
    expect(text.split('\n')[0]).toBe('⚠️ I could not do that, for these reasons:');
    expect(text).toContain('• Problem 5.');
    expect(text).not.toContain('Problem 6.');
    expect(text).toContain('…and 3 more problems');
  });
});

describe('formatUserErrors within one chat message', () => {
  it('drops whole problems, never part of one, to stay under the limit', () => {
    const long = (i: number): UserError => ({
      id: 'x',
      message: `Problem ${i}: ${'this weight is wrong '.repeat(20)}`,
    });
    const text = formatUserErrors([1, 2, 3, 4, 5, 6].map(long), 'en', 1000);
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text).toMatch(/…and \d+ more problems?:/);
    for (const line of text.split('\n').filter((l) => l.startsWith('• '))) expect(line).toMatch(/wrong $/);
  });
});

describe('several errors in Persian', () => {
  it('are introduced with «به این دلایل» (#16)', () => {
    const errors: UserError[] = [
      { id: 'x.one', message: 'one' },
      { id: 'x.two', message: 'two' },
    ];
    const text = formatUserErrors(errors, 'fa');
    expect(text).toContain('به این دلایل');
    expect(text).not.toContain('دلیل‌ها');
  });
});
