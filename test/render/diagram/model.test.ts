import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec } from '../../../src/core/index.js';
import { buildDiagramModel } from '../../../src/render/diagram/model.js';
import { formatNumber } from '../../../src/text/number-format.js';
import { classicTrace, deepTrace, seedQ6Trace } from '../fixtures.js';

// The published numbers of the classic example (and the course notes' exercise), as the diagrams must print them.
describe('buildDiagramModel', () => {
  const classic = classicTrace();

  it('labels forward edges and units with the weights, net and out of the trace', () => {
    const model = buildDiagramModel(classic, 'forward', { precision: 4, locale: 'en' });
    expect(model.edges.map((e) => e.lines[0])).toEqual([
      'w1 = 0.1500',
      'w2 = 0.2000',
      'w3 = 0.2500',
      'w4 = 0.3000',
      'w5 = 0.4000',
      'w6 = 0.4500',
      'w7 = 0.5000',
      'w8 = 0.5500',
    ]);
    const h1 = model.units[1]![0]!;
    expect([h1.name, h1.value, h1.caption[0]]).toEqual(['h1', '0.5933', 'net = 0.3775']);
    expect(model.units[2]!.map((u) => u.value)).toEqual(['0.7514', '0.7729']);
    expect(model.footer).toBe('E = 0.2984');
  });

  it('prints δ, ∂E/∂w, the SGD step and the loss after it', () => {
    const backward = buildDiagramModel(classic, 'backward', { precision: 4, locale: 'en' });
    expect(backward.units[2]!.map((u) => u.value)).toEqual(['0.1385', '−0.0381']);
    expect(backward.edges[4]!.lines[0]).toBe('∂E/∂w5 = 0.0822');
    const summary = buildDiagramModel(classic, 'summary', { precision: 4, locale: 'en' });
    expect(summary.edges[4]!.lines[0]).toBe('w5: 0.4000 → 0.3589');
    expect(summary.biases.map((b) => b.lines[0])).toEqual(['b1 = 0.3500 (fixed)', 'b2 = 0.6000 (fixed)']);
    expect(summary.footer).toBe('E = 0.2984 → 0.2910 after one step');
  });

  it('shows updated shared biases when they are trained (course notes, question 6)', () => {
    const model = buildDiagramModel(seedQ6Trace(), 'update', { precision: 5, locale: 'en' });
    expect(model.edges[4]!.lines[0]).toBe('w5: 0.40000 → 0.37535');
    expect(model.biases.map((b) => b.lines[0])).toEqual(['b1: 0.35000 → 0.34438', 'b2: 0.60000 → 0.56988']);
  });

  it('names per-unit biases and deep units by the shared naming scheme, two-line when compact', () => {
    const model = buildDiagramModel(deepTrace(), 'forward', { precision: 4, locale: 'en', compact: true });
    expect(model.units[1]!.map((u) => u.name)).toEqual(['h1_1', 'h1_2', 'h1_3']);
    expect(model.biases.map((b) => b.lines[0]!.split(' ')[0])).toContain('b1_2');
    expect(model.edges[0]!.lines).toEqual(['w1', '0.1900']);
  });
});

describe('buildDiagramModel on a data set', () => {
  const resolved = resolveSpec({
    layers: [2, 2, 1],
    activations: 'sigmoid',
    loss: 'half_sse',
    learningRate: 0.5,
    weights: [
      [
        [0.5, -0.4],
        [-0.3, 0.6],
      ],
      [[0.7, -0.5]],
    ],
    biases: [[0.1, -0.1], 0.2],
    optimizer: 'adam',
    batchSize: 3,
    epochs: 1,
    data: [
      { input: [0, 1], target: [1] },
      { input: [1, 0], target: [1] },
      { input: [1, 1], target: [0] },
      { input: [0, 0], target: [0] },
    ],
  });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  const trace = computeTrace(resolved.value);

  it("says the circles are sample 1's, the edges the first batch's, and E the whole data set's", () => {
    const forward = buildDiagramModel(trace, 'forward', { precision: 4, locale: 'en' });
    // sample 1's own values: x = (0, 1)
    expect(forward.units[0]!.map((u) => u.value)).toEqual(['0.0000', '1.0000']);
    expect(forward.subtitle).toContain('circles: sample 1 of 4');
    expect(forward.footer).toBe(`E = ${formatNumber(trace.loss, 4)} (all 4 samples)`);
    const backward = buildDiagramModel(trace, 'backward', { precision: 4, locale: 'en' });
    expect(backward.subtitle).toContain('circles: δ of sample 1 of 4 · edges: ∂E/∂w of the batch of 3');
    expect(backward.edges[0]!.lines[0]).toBe(`∂E/∂w1 = ${formatNumber(trace.gradWeights[0]![0]![0]!, 4)}`);
    const update = buildDiagramModel(trace, 'update', { precision: 4, locale: 'en' });
    expect(update.title).toBe('Weight update: one adam step on the batch');
    expect(update.footer).toContain('after one step (all 4 samples)');
    const fa = buildDiagramModel(trace, 'backward', { precision: 4, locale: 'fa' });
    expect(fa.subtitle).toContain('نمونهٔ');
    expect(fa.subtitle).toContain('دسته‌ای با');
    expect(fa.footer).toContain('همهٔ');
  });

  it('labels nothing more for one sample', () => {
    const model = buildDiagramModel(classicTrace(), 'backward', { precision: 4, locale: 'en' });
    expect(model.subtitle).not.toContain('sample');
  });
});
