import { describe, expect, it } from 'vitest';
import { describeError, ltr, t } from '../../src/text/i18n.js';
import { areas } from '../../src/text/messages/index.js';

/** Parameters every template may ask for, so function templates can be called. */
const sampleParams = new Proxy({} as Record<string, string>, { get: (_, key) => `«${String(key)}»` });

const render = (template: unknown): unknown =>
  typeof template === 'function' ? template(sampleParams) : template;

describe('the message catalogue', () => {
  for (const [area, messages] of Object.entries(areas)) {
    it(`area ${area}: every entry has non-empty English and Persian`, () => {
      const missing: string[] = [];
      for (const [id, entry] of Object.entries(messages)) {
        for (const locale of ['en', 'fa'] as const) {
          const text = render((entry as Record<string, unknown>)[locale]);
          if (typeof text !== 'string' || text.trim() === '') missing.push(`${id}.${locale}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it('has no id defined by two areas', () => {
    const owner = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [area, messages] of Object.entries(areas)) {
      for (const id of Object.keys(messages)) {
        if (owner.has(id)) duplicates.push(`${id} (${owner.get(id)} and ${area})`);
        owner.set(id, area);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('writes the commands area in Persian script, not English copied over', () => {
    const copied = Object.entries(areas.commands!).filter(([, entry]) => {
      const fa = render(entry.fa) as string;
      return (
        /[a-z]{4,}/i.test(fa.replace(/`[^`]*`|«[^»]*»|\*\*[^*]*\*\*/g, '')) && !/[\u0600-\u06FF]/.test(fa)
      );
    });
    expect(copied.map(([id]) => id)).toEqual([]);
  });
});

describe('t and describeError', () => {
  it('fills a template in the requested language', () => {
    expect(t('en', 'commands.option_missing', { option: 'view' })).toBe('The option `view` is required.');
    expect(t('fa', 'commands.option_missing', { option: 'view' })).toBe('گزینهٔ `view` لازم است.');
  });

  it('keeps numbers left-to-right in Persian with isolates', () => {
    expect(t('fa', 'commands.location_line_column', { line: 3, column: 14 })).toBe(
      'خط \u20663\u2069، ستون \u206614\u2069',
    );
    expect(ltr('0.2984')).toBe('\u20660.2984\u2069');
  });

  it('returns the id itself for an unknown id, so a missing entry is visible, not blank', () => {
    expect(t('en', 'commands.no_such_message')).toBe('commands.no_such_message');
  });

  it('translates a typed error, passing its hint to the template', () => {
    const text = describeError(
      {
        id: 'commands.option_not_choice',
        message: 'x',
        params: { option: 'view', value: 'forwrd', choices: '`forward`' },
        hint: 'forward',
      },
      'en',
    );
    expect(text).toBe('`view` must be one of `forward`, got `forwrd`.');
  });
});
