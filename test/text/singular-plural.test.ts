// One line is "line 4", never "lines 4"; one attempt is "1 attempt" (defects a TA found), in English and Persian.
import { describe, expect, it } from 'vitest';
import { withoutIsolates } from '../../src/text/bidi.js';
import { t } from '../../src/text/i18n.js';

const say = (locale: 'en' | 'fa', id: string, params: Record<string, string | number>) =>
  withoutIsolates(t(locale, id, params));

describe('line lists in /check', () => {
  const ids = ['check.group_undiagnosed', 'check.group_carried', 'check.group_unrecognized'];

  it('say "line" for one line and "lines" for several, in English', () => {
    for (const id of ids) {
      expect(say('en', id, { lines: '4' }), id).toMatch(/^. line 4: /);
      expect(say('en', id, { lines: '4, 7' }), id).toMatch(/^. lines 4, 7: /);
    }
    expect(say('en', 'check.group_undiagnosed', { lines: '4' })).toContain('reproduces this number.');
    expect(say('en', 'check.group_unrecognized', { lines: '4' })).toContain('which quantity this is.');
    expect(say('en', 'check.report.group_incorrect', { mistake: 'η left out', lines: '9' })).toBe(
      '✗ η left out: line 9',
    );
  });

  it('say «سطر» for one line and «سطرهای» for several, in Persian digits', () => {
    for (const id of ids) {
      expect(say('fa', id, { lines: '4' }), id).toMatch(/^. سطر ۴: /);
      expect(say('fa', id, { lines: '4, 7' }), id).toMatch(/^. سطرهای ۴، ۷: /);
    }
    expect(say('fa', 'check.group_undiagnosed', { lines: '4' })).toContain('این عدد را');
    expect(say('fa', 'check.report.group_incorrect', { mistake: 'نرخ یادگیری جا افتاده', lines: '9' })).toBe(
      '✗ نرخ یادگیری جا افتاده: سطر ۹',
    );
  });
});

describe('the exercise report', () => {
  it('says "1 attempt", and the plural otherwise', () => {
    const one = say('en', 'exercise.report_title', { name: 'hw1', submitted: 1, students: 1, attempts: 1 });
    expect(one).toContain('1/1 students submitted, 1 attempt in all.');
    const more = say('en', 'exercise.report_title', { name: 'hw1', submitted: 1, students: 3, attempts: 2 });
    expect(more).toContain('1/3 students submitted, 2 attempts in all.');
  });
});
