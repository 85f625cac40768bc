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
const names = [
  'w5',
  'w_{12}',
  'h1',
  'h2_3',
  'o1',
  'a_{h_1}',
  'net_h2',
  'out_o2',
  'E_total',
  'Error',
  'E_{o_1}',
  '\\Delta w_3',
  'δ_o1',
  'dE/dw5',
  '∂E/∂out_h1',
  '\\frac{\\partial E}{\\partial w_7}',
  'σ(a_{o_1})',
  "σ'(net_o2)",
  'w5+',
  'new w2',
  'b1',
  'b2+',
  'η',
  'foo',
  '',
];
const numbers = [
  '0.5933',
  '-0.0381',
  '1',
  '۰٫۵۹۳۳',
  '4.4e-4',
  '4.4 × 10^{-4}',
  '0.35891648',
  '0.2984',
  '0',
  '12',
];
const noise = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 })), { maxLength: 12 })
  .map((p) => p.join(''));
const statement = fc
  .tuple(
    fc.constantFrom(...names),
    fc.oneof(fc.constant(''), noise),
    fc.constantFrom(...numbers),
    fc.oneof(fc.constant(''), fc.constant(''), noise),
  )
  .map(([name, middle, number, after]) => `${name} = ${middle ? `${middle} = ` : ''}${number}${after}`);
const sheet = fc
  .array(
    fc.tuple(fc.oneof(statement, statement, noise), fc.constantFrom('\n', '\n\n', ' ; ', ', ', ' \\\\ ')),
    { maxLength: 60 },
  )
  .map((parts) => parts.map(([text, separator]) => text + separator).join(''));

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
    expect(rowsSeen).toBeGreaterThan(1000);
  });
});
