import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitSections, type Section } from '../../src/text/fit-message.js';

const rows = (count: number, prefix = 'w') =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}: 0.${1000 + i} → 0.${2000 + i}`);

describe('fitSections', () => {
  it('joins sections with a blank line when they fit', () => {
    expect(fitSections([{ lines: ['a', 'b'] }, { lines: ['c'] }], 100)).toBe('a\nb\n\nc');
  });

  it('drops rows of the lowest-priority section first and says how many', () => {
    const text = fitSections(
      [
        { lines: ['**Title**'], required: true, priority: 100 },
        { lines: ['Weights', ...rows(50)], droppableRows: true, more: (n) => `…and ${n} more`, priority: 10 },
        { lines: ['Loss E = 0.2984'], required: true, priority: 99 },
      ],
      300,
    );
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text).toContain('Loss E = 0.2984');
    expect(text).toMatch(/…and \d+ more/);
    expect(text.startsWith('**Title**')).toBe(true);
  });

  it('drops a whole optional section when its rows are not enough', () => {
    const text = fitSections(
      [
        { lines: ['Head'], required: true },
        { lines: ['Optional paragraph '.repeat(20)], priority: 1 },
        { lines: ['Tail'], required: true },
      ],
      50,
    );
    expect(text).toBe('Head\n\nTail');
  });

  it('never exceeds the limit and never cuts a number (property)', () => {
    const numberRow = fc.tuple(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    const section = fc.record({
      lines: fc.array(
        numberRow.map(([name, x]) => `${name.replace(/\s/g, '_')} = ${x}`),
        { minLength: 1, maxLength: 40 },
      ),
      required: fc.boolean(),
      droppableRows: fc.boolean(),
      priority: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(section, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 40, max: 3000 }),
        (sections, limit) => {
          const text = fitSections(sections as Section[], limit);
          expect(text.length).toBeLessThanOrEqual(limit);
          const inputLines = new Set(sections.flatMap((s) => s.lines));
          for (const line of text.split('\n')) {
            if (line === '' || line === '…' || line.endsWith(' …') || line === ' …') continue;
            expect(inputLines.has(line)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
