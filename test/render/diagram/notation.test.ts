// Diagram labels follow `notation:` like the walkthrough: unit, weight and bias names and the captions.
import { describe, expect, it } from 'vitest';
import { computeTrace } from '../../../src/core/index.js';
import { loadPreset } from '../../../src/definition/index.js';
import { buildDiagramModel } from '../../../src/render/diagram/model.js';

const preset = loadPreset('course-q6');
if (!preset.ok) throw new Error('course-q6 preset missing');
const trace = computeTrace(preset.value.spec);
const model = (notation: 'classic' | 'course' | 'textbook', view: 'forward' | 'summary' = 'forward') =>
  buildDiagramModel(trace, view, { precision: 4, locale: 'en', notation });

describe('diagram labels in the chosen notation', () => {
  it('classic stays as it was: h1, net = …, w1, b1', () => {
    const classic = model('classic');
    expect(classic.units[1]![0]).toMatchObject({ name: 'h1', caption: ['net = 0.3775'] });
    expect(classic.edges[0]!.name).toBe('w1');
    expect(classic.biases[0]!.name).toBe('b1');
  });

  it('course writes a_h1 under h1 and δ_o1 in the summary', () => {
    expect(model('course').units[1]![0]).toMatchObject({ name: 'h1', caption: ['a_h1 = 0.3775'] });
    expect(model('course', 'summary').units[2]![0]!.caption[0]).toBe('δ_o1 = 0.1385');
  });

  it('textbook numbers the units through the network: O_3, I_3, w13, θ_3…4', () => {
    const textbook = model('textbook');
    expect(textbook.units[1]![0]).toMatchObject({ name: 'O_3', caption: ['I_3 = 0.3775'] });
    expect(textbook.edges.map((edge) => edge.name)).toContain('w13');
    expect(textbook.biases[0]!.name).toBe('θ_3…4');
  });
});
