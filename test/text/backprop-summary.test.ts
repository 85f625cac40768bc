import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec } from '../../src/core/index.js';
import type { ActivationName, ResolvedSpec } from '../../src/core/types.js';
import { backpropSummary, type BackpropView } from '../../src/text/backprop-summary.js';
import { DISCORD_MESSAGE_LIMIT, SLACK_SECTION_LIMIT } from '../../src/text/limits.js';

/** A reproducible net of the given shape (weights from a small linear congruential generator). */
function net(layers: number[], activation: ActivationName = 'tanh', steps = 1): ResolvedSpec {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  const resolved = resolveSpec({
    layers,
    activations: activation,
    weights: layers
      .slice(1)
      .map((units, l) =>
        Array.from({ length: units }, () => Array.from({ length: layers[l]! }, () => random() / 2)),
      ),
    biases: layers.slice(1).map((units) => Array.from({ length: units }, () => random() / 10)),
    input: Array.from({ length: layers[0]! }, () => random()),
    target: Array.from({ length: layers.at(-1)! }, () => random() / 2),
    loss: 'mse',
    learningRate: 0.1,
    steps,
  });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return resolved.value;
}

const LARGEST_NETS: Record<string, number[]> = {
  'ten layers × 21 units (3969 weights)': Array.from({ length: 10 }, () => 21),
  '64 → 64 (4096 weights, the weight limit)': [64, 64],
  '64 → 32 → 32 → 32 (4096 weights, three layers)': [64, 32, 32, 32],
};
const VIEWS: BackpropView[] = ['forward', 'backward', 'update', 'all'];
// Numbers as people read them: a real minus sign and 1.2·10⁻⁹ (never an ASCII hyphen or 1.2e-9).
const NUMBER = String.raw`−?\d+\.\d+(·10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?`;

describe('the /backprop summary fits one chat message by construction', () => {
  for (const [name, layers] of Object.entries(LARGEST_NETS)) {
    const trace = computeTrace(net(layers));
    for (const locale of ['en', 'fa'] as const) {
      for (const view of VIEWS) {
        it(`${name}, ${locale}, view ${view}`, () => {
          const text = backpropSummary({
            trace,
            precision: 10,
            locale,
            view,
            oneLine: 'x'.repeat(40_000),
            defaultsApplied: ['activations', 'loss'],
            attachments: ['walkthrough.md', 'network.txt'],
          });
          expect(text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
          expect(text.length).toBeLessThanOrEqual(SLACK_SECTION_LIMIT);
          // The essentials survive: the loss and the pointer to the full walkthrough.
          expect(text).toMatch(/E = -?\d/);
          expect(text).toContain('walkthrough.md');
          // No number is cut: every updated-weight row is whole.
          const rows = text.split('\n').filter((line) => /^\u2066?w\d+:/.test(line));
          if (view === 'update' || view === 'all') expect(rows.length).toBeGreaterThan(0);
          for (const row of rows) {
            expect(row).toMatch(new RegExp(`^\u2066?w\\d+: ${NUMBER} → ${NUMBER}\u2069?$`));
          }
        });
      }
    }
  }

  it('lists every weight of a small net and says nothing was dropped', () => {
    const text = backpropSummary({
      trace: computeTrace(net([2, 2, 1])),
      precision: 4,
      locale: 'en',
      view: 'all',
    });
    for (let w = 1; w <= 6; w++) expect(text).toMatch(new RegExp(`^w${w}: `, 'm'));
    expect(text).not.toContain('more in the attached');
  });

  it('says how many rows were left for the attachment', () => {
    const text = backpropSummary({
      trace: computeTrace(net([64, 64])),
      precision: 4,
      locale: 'en',
      view: 'update',
      attachments: ['walkthrough.md'],
    });
    expect(text).toMatch(/…and \d+ more in the attached walkthrough/);
  });

  it('reports training and numeric problems instead of hiding them', () => {
    const spec = net([2, 3, 1], 'relu', 50);
    const trace = computeTrace({ ...spec, learningRate: 1e6 });
    const text = backpropSummary({ trace, precision: 4, locale: 'en', view: 'all' });
    expect(text).toContain('After 50 steps');
    if (trace.numericIssues.length > 0) expect(text).toContain('**Numerical problems**');
  });
});
