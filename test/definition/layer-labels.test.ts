// A label line naming a layer scopes the per-layer names under it (aiml-notes' "Weights W1 (input → hidden):").
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { findStatements } from '../../src/definition/find-statements.js';
import { findLayerLabels, readLabel } from '../../src/definition/layer-labels.js';
import { normaliseInput } from '../../src/definition/normalise.js';
import { lineAndColumn } from '../../src/definition/source.js';

// https://aiml-notes.pages.dev/tutorials/07---Backpropagation-Step-by-Step ("Initial Values"), as published.
const aiml = loadCase('aiml-notes-relu').setupText;

const refsOf = (text: string) =>
  Object.fromEntries(
    findStatements(normaliseInput(text).body, text).entries.map((e) => [e.key.text.trim(), e.ref]),
  );

describe('readLabel', () => {
  it("reads the layer and what it holds from aiml-notes' labels", () => {
    expect(readLabel('Weights W1 (input → hidden)')).toEqual({ layer: 1, holds: 'weights' });
    expect(readLabel('Weights W2 (hidden → output)')).toEqual({ layer: 2, holds: 'weights' });
    expect(readLabel('Biases b1')).toEqual({ layer: 1, holds: 'biases' });
    expect(readLabel('Bias b2_out')).toEqual({ layer: 2, holds: 'biases' });
  });

  it('reads a layer named in words or by number (primelearnpoint: "Layer 2 weights: w₁,₁ = 0.3 (h₁→o₁)")', () => {
    expect(readLabel('Layer 2 weights')).toEqual({ layer: 2, holds: 'weights' });
    expect(readLabel('W1')).toEqual({ layer: 1, holds: 'weights' });
    expect(readLabel('Hidden layer')).toEqual({ layer: 1, holds: 'both' });
    expect(readLabel('Input to hidden weights')).toEqual({ layer: 1, holds: 'weights' });
    expect(readLabel('Output layer')).toEqual({ layer: 'output', holds: 'both' });
  });

  it('is not fooled by the prose and sample lines of the same page', () => {
    for (const head of [
      'Inputs',
      'Target',
      'A minimal network',
      'Goal',
      'Weights',
      'Biases',
      'Layer 0 weights',
    ])
      expect(readLabel(head)).toBeUndefined();
  });
});

describe('findLayerLabels', () => {
  it("scopes each of aiml-notes' labels to the lines under it, up to the blank line after them", () => {
    const { body } = normaliseInput(aiml);
    const scopes = findLayerLabels(body).map((label) => ({
      layer: label.layer,
      from: lineAndColumn(aiml, label.start).line,
      to: lineAndColumn(aiml, label.stop).line,
    }));
    expect(scopes).toEqual([
      { layer: 1, from: 21, to: 24 },
      { layer: 1, from: 25, to: 26 },
      { layer: 2, from: 27, to: 29 },
      { layer: 2, from: 30, to: 30 },
    ]);
  });

  it('takes `W1: [[…]]` for a matrix, not a label', () => {
    expect(findLayerLabels(normaliseInput('W1: [[0.1, 0.2], [0.3, 0.4]]').body)).toEqual([]);
  });
});

describe('scopeByLayerLabels (through findStatements)', () => {
  it("gives aiml-notes' names their layer: w11 and v1 per layer, b1 and b2 the hidden units', b_out the output's", () => {
    const refs = refsOf(aiml);
    expect(refs.w12).toEqual({ kind: 'layerWeight', letter: 'w', indices: [1, 2], layer: 1 });
    expect(refs.v2).toEqual({ kind: 'layerWeight', letter: 'v', indices: [2], layer: 2 });
    expect(refs.b1).toEqual({ kind: 'unitBias', layer: 1, unit: 1 });
    expect(refs.b2).toEqual({ kind: 'unitBias', layer: 1, unit: 2 });
    expect(refs.b_out).toEqual({ kind: 'bias', layer: 2 });
    expect(refs.x1).toEqual({ kind: 'inputUnit', n: 1 });
  });

  it('leaves b1, b2 without a label as the biases of layers 1 and 2 (Mazur: "b1 = 0.35", "b2 = 0.60")', () => {
    const text =
      'Here are the initial weights, the biases, and training inputs/outputs:\nBiases:\nb1 = 0.35\nb2 = 0.60\n';
    expect(findStatements(normaliseInput(text).body, text).page).toBe(true);
    const refs = refsOf(text);
    expect(refs.b1).toEqual({ kind: 'bias', layer: 1 });
    expect(refs.b2).toEqual({ kind: 'bias', layer: 2 });
  });

  it('leaves w1…w8 numbered across the network under "Weights to hidden:" / "Weights to output:" labels', () => {
    // https://primelearnpoint.com/deep-learning/backpropagation-solved-numerical-2x2/ ("Network Values").
    const page = [
      'This network has 2 inputs (x₁, x₂), 2 hidden neurons (H₁, H₂), and 2 output neurons (Y₁, Y₂).',
      '',
      '- **Inputs:** x₁ = 0.05  |  x₂ = 0.10',
      '- **Weights to hidden:** w₁=0.15, w₂=0.20, w₃=0.25, w₄=0.30',
      '- **Weights to output:** w₅=0.40, w₆=0.45, w₇=0.50, w₈=0.55',
      '- **Targets:** T₁ = 0.01  |  T₂ = 0.99',
      '- The learning rate is 0.5',
    ].join('\n');
    expect(findStatements(normaliseInput(page).body, page).page).toBe(true);
    const refs = refsOf(page);
    expect(refs.w_1).toEqual({ kind: 'weight', n: 1 });
    expect(refs.w_5).toEqual({ kind: 'weight', n: 5 });
  });
});
