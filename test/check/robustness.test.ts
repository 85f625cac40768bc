// Whatever a user pastes, checking returns a report: no exception reaches the user.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/check/check-answers.js';
import { formatCheckReport } from '../../src/check/format-report.js';
import { DISCORD_MESSAGE_LIMIT } from '../../src/text/limits.js';
import { goldenSpec } from './helpers.js';
import { networkNamed } from './mistake-sheets.js';

const fragments = [
  '=',
  ' = ',
  '\n',
  '$$',
  '$',
  '\\frac{',
  '}{',
  '}',
  '{',
  '_',
  '^',
  '+',
  "'",
  '\\partial ',
  '∂',
  'Δ',
  '\\Delta ',
  'δ',
  'w5',
  'w_{12}',
  'h1',
  'h2_3',
  'o1',
  'a_{h_1}',
  'net_',
  'out_',
  'E_total',
  'Error',
  'σ(',
  ')',
  '(',
  'new ',
  'جدید',
  '0.5933',
  '-0.0381',
  '1',
  '۰٫۵۹۳۳',
  '4.4e-4',
  '× 10^{-4}',
  '\\\\',
  '&',
  ';',
  ', ',
  'and',
  ':=',
  '≈',
  'dE/dw5',
  '```',
];
const sheet = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 })), { maxLength: 120 })
  .map((parts) => parts.join(''));

describe('checkAnswers on arbitrary text', () => {
  it('never throws, and every row points at a line of the text', () => {
    const specs = [goldenSpec('seed-q6'), networkNamed('deep-2-2-3-3')];
    let rowsSeen = 0;
    fc.assert(
      fc.property(sheet, fc.boolean(), (text, hide) => {
        for (const spec of specs) {
          const report = checkAnswers(spec, text, { hideExpected: hide });
          const lines = text.split(/\r\n|\r|\n/).length;
          rowsSeen += report.rows.length;
          for (const row of report.rows) {
            expect(row.line).toBeGreaterThanOrEqual(1);
            expect(row.line).toBeLessThanOrEqual(lines);
          }
          for (const locale of ['en', 'fa'] as const) {
            expect(formatCheckReport(report, { locale }).text.length).toBeLessThanOrEqual(
              DISCORD_MESSAGE_LIMIT,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
    // The generator reaches the interesting paths: many statements were read and judged.
    expect(rowsSeen).toBeGreaterThan(300);
  });
});
