import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholdersOf } from '../../src/lessons/build-lesson.js';

describe('fillPlaceholders', () => {
  // xor.fa.md: «{{#two_correct}} از ۴ نمونه را درست دسته‌بندی می‌کند» beside «تابع هزینه را به {{two_loss}} می‌رساند»
  const text = '{{#two_correct}} از ۴ نمونه، هزینه {{two_loss}}، `η = {{lr}}` و `{{#epochs}}`';
  const values = { two_correct: '4', two_loss: '0.0004', lr: '2', epochs: '5000' };

  it('writes a count ({{#name}}) in Persian digits and isolates a value left to right, in Persian', () => {
    expect(fillPlaceholders(text, values, 'fa')).toBe(
      '۴ از ۴ نمونه، هزینه \u20660.0004\u2069، `η = 2` و `5000`',
    );
  });

  it('leaves both as they are in English and inside code, and names the same placeholders', () => {
    expect(fillPlaceholders(text, values, 'en')).toBe('4 از ۴ نمونه، هزینه 0.0004، `η = 2` و `5000`');
    expect(placeholdersOf(text)).toEqual(['two_correct', 'two_loss', 'lr', 'epochs']);
  });
});
