// Weights named layer by layer (aiml-notes' `w11…w22` under "Weights W1:", `v1, v2` under "Weights W2:") read
// into the network the page means; which index is the source is settled by its worked numbers, else said.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { parseDefinition } from '../../src/definition/index.js';
import { t } from '../../src/text/i18n.js';

// https://aiml-notes.pages.dev/tutorials/07---Backpropagation-Step-by-Step: "Initial Values" and "Verify with Code".
const aiml = loadCase('aiml-notes-relu');
const meant = aiml.network as { weights: number[][][] };

const read = (text: string, options: Parameters<typeof parseDefinition>[1] = {}) => {
  const parsed = parseDefinition(text, options);
  if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('; '));
  return parsed.value;
};
const ids = (parsed: ReturnType<typeof read>) => parsed.noteMessages.map((n) => n.id);

describe('weights named layer by layer', () => {
  it("reads aiml-notes' setup as network.json (W1 used as x @ W1: w12 = x1 → h2), the order said in one line", () => {
    const parsed = read(aiml.setupText);
    expect(parsed.spec.layers).toEqual([2, 2, 1]);
    expect(parsed.spec.weights).toEqual(meant.weights);
    expect(parsed.spec.biases).toEqual([[0.1, 0.1], 0.1]);
    expect(parsed.spec.activations).toEqual(['relu', 'sigmoid']);
    expect(parsed.spec.loss).toBe('half_sse');
    expect(ids(parsed)).toContain('definition.note.layer_weights');
    expect(ids(parsed)).toContain('definition.note.mse_reading');
    // Nothing in the setup alone says which index is the source: the usual order, with the other offered.
    expect(parsed.notes.join('\n')).toContain('numbering:destination-first');
  });

  it('says where each layer came from, in English and Persian', () => {
    const note = read(aiml.setupText).noteMessages.find((n) => n.id === 'definition.note.layer_weights')!;
    expect(t('en', note.id, note.params)).toBe(
      'Weights named layer by layer: w11…w22 → W1, v1, v2 → W2 (lines 22, 28); layers 2-2-1.',
    );
    expect(t('fa', note.id, note.params)).toContain('لایه به لایه');
  });

  it("lets the page's worked numbers (z_hidden = [0.31, 0.57]) confirm source-first, and names w12 as x1 → h2", () => {
    const parsed = read(aiml.setupText, { worked: aiml.solutionText });
    expect(parsed.spec.weights).toEqual(meant.weights);
    const confirmed = parsed.noteMessages.find((n) => n.id === 'definition.note.reading_confirmed');
    expect(confirmed?.params).toMatchObject({ order: 'source-first' });
    expect(String(confirmed?.params?.numbers)).toContain('0.31');
    expect(parsed.pageNames).toContainEqual({ name: 'w12', ref: { kind: 'weight', l: 0, j: 1, i: 0 } });
    expect(parsed.pageNames).toContainEqual({ name: 'v2', ref: { kind: 'weight', l: 1, j: 0, i: 1 } });
  });

  it('reads the other numbering when asked (numbering:destination-first: w12 = x2 → h1)', () => {
    const parsed = read(aiml.setupText, { numbering: 'destination-first' });
    expect(parsed.spec.weights).toEqual([
      [
        [0.1, 0.3],
        [0.2, 0.4],
      ],
      [[0.5, 0.6]],
    ]);
  });

  it('places unlabelled letters by the one order the layer sizes fit (w pairs into the hidden layer, v into the output)', () => {
    const unlabelled = aiml.setupText.replace(/^(?:Weights|Biases|Bias) .*:\s*$/gm, '');
    const parsed = read(unlabelled);
    expect(parsed.spec.weights).toEqual(meant.weights);
  });

  it('refuses names that make no full layers, naming them and where, in English and Persian', () => {
    const broken = aiml.setupText.replace('v1 = 0.5,  v2 = 0.6', 'v1 = 0.5,  v2 = 0.6,  v3 = 0.7');
    const parsed = parseDefinition(broken);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const error = parsed.error.find((e) => e.id === 'definition.layer_weights_unplaced')!;
    expect(error.message).toContain('v1, v2, v3');
    expect(error.location).toMatchObject({ line: 22, column: 3 });
    expect(t('fa', error.id, error.params)).toContain('v1, v2, v3');
  });

  it('reads an assignment\'s bulleted "Input to Hidden Layer:" / "Hidden to Output Layer:" labels, naming them as read', () => {
    // https://www.scribd.com/document/834156393/Assignment-4 ("Given Parameters"), as published.
    const assignment = [
      'Initial weights:',
      '• Input to Hidden Layer:',
      '• w₁₁ = 0.15',
      '• w₁₂ = 0.20',
      '• w₂₁ = 0.25',
      '• w₂₂ = 0.30',
      '• Hidden to Output Layer:',
      '• v₁ = 0.40',
      '• v₂ = 0.45',
      'Input values:',
      '• x₁ = 0.05',
      '• x₂ = 0.10',
      'Target output:',
      '• t = 0.01',
      'Learning rate:',
      '• η = 0.5',
    ].join('\n');
    const parsed = read(assignment);
    expect(parsed.spec.layers).toEqual([2, 2, 1]);
    expect(parsed.spec.weights).toEqual([
      [
        [0.15, 0.25],
        [0.2, 0.3],
      ],
      [[0.4, 0.45]],
    ]);
    expect(parsed.notes.join('\n')).not.toContain('Hidden to Output Layer');
    expect(ids(parsed)).toContain('definition.note.reading_assumed');
  });
});

describe('the layer-weights note in Persian', () => {
  it('names its lines as a Persian reader writes them: «سطرهای ۲۲، ۲۸», one line «سطر ۲۲»', () => {
    const note = (lines: string) =>
      t('fa', 'definition.note.layer_weights', { groups: 'w11…w22 → W1', lines, layers: '2-2-1' });
    expect(note('22, 28')).toContain('(سطرهای ۲۲، ۲۸)');
    expect(note('22')).toContain('(سطر ۲۲)');
  });
});
