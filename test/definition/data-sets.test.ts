// Data sets and optimizer keys as people write them: rows with arrows, tables, JSON, prose, Persian.
import { describe, expect, it } from 'vitest';
import { formatDefinition, formatOneLine, loadPreset, parseDefinition } from '../../src/definition/index.js';

const NET = `layers: 2-2-1
W1: [[0.5, -0.4], [-0.3, 0.6]]
b1: [0.1, -0.1]
W2: [[0.7, -0.5]]
b2: 0.2`;

const XOR = [
  { input: [0, 0], target: [0] },
  { input: [0, 1], target: [1] },
  { input: [1, 0], target: [1] },
  { input: [1, 1], target: [0] },
];

function training(text: string) {
  const parsed = parseDefinition(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value.spec.training!;
}

describe('data sets in the definition language', () => {
  it.each([
    ['arrows', 'data:\n0 0 -> 0\n0 1 -> 1\n1 0 -> 1\n1 1 -> 0'],
    ['mixed arrows and commas', 'data:\n0, 0 => 0\n0, 1 → 1\n1, 0 | 1\n(1, 1) -> 0'],
    ['a table with a header', 'data:\nx1 x2 y\n0 0 0\n0 1 1\n1 0 1\n1 1 0'],
    ['rows split by the layers', 'data:\n0 0 0\n0 1 1\n1 0 1\n1 1 0'],
    [
      'JSON objects',
      'data: [{"input": [0, 0], "target": [0]}, {"input": [0, 1], "target": [1]}, {"input": [1, 0], "target": [1]}, {"input": [1, 1], "target": [0]}]',
    ],
    ['JSON rows', 'data: [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]]'],
    ['prose with the numbers', 'data: (0, 0) gives 0, (0, 1) gives 1, (1, 0) gives 1 and (1, 1) gives 0'],
    ['Persian key', 'داده‌ها:\n0 0 | 0\n0 1 | 1\n1 0 | 1\n1 1 | 0'],
  ])('%s', (_name, data) => {
    expect(training(`${NET}\n${data}`).data).toEqual(XOR);
  });

  it('reads epochs, batch sizes, optimizers, hyper-parameters and l2 under their names', () => {
    const data = 'data:\n0 0 -> 0\n0 1 -> 1\n1 0 -> 1\n1 1 -> 0';
    expect(
      training(`${NET}\nepochs: 20\nbatch: online\noptimizer: SGD with momentum\nmomentum: 0.8\n${data}`),
    ).toMatchObject({
      epochs: 20,
      batchSize: 1,
      optimizer: 'momentum',
      hyper: { momentum: 0.8 },
    });
    expect(
      training(`${NET}\nbatch size: mini-batch 2\noptimizer: adam\nβ1: 0.8\nweight decay: 0.01\n${data}`),
    ).toMatchObject({
      batchSize: 2,
      optimizer: 'adam',
      hyper: { beta1: 0.8 },
      l2: 0.01,
    });
    expect(training(`${NET}\nbatch: full\nλ: 0.1\nreduction: sum\n${data}`)).toMatchObject({
      batchSize: 4,
      l2: 0.1,
      reduction: 'sum',
    });
    expect(training(`${NET}\nبهینه‌ساز: آدام\nدوره‌ها: 7\n${data}`)).toMatchObject({
      optimizer: 'adam',
      epochs: 7,
    });
  });

  it('without data, epochs still counts the steps on the one sample', () => {
    const parsed = parseDefinition(`${NET}\ninput: [1, 0]\ntarget: [1]\nepochs: 30`);
    expect(parsed.ok && parsed.value.spec.steps).toBe(30);
  });

  it('points at a row it cannot read, with its line', () => {
    const parsed = parseDefinition(`${NET}\ndata:\n0 0 -> 0\n0 1 -> x`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error[0]).toMatchObject({ id: 'training.bad_data_row', location: { line: 8 } });
  });

  it('says when a row without an arrow cannot be split and when rows differ in size', () => {
    const unsplit = parseDefinition('W1: [[1, 2]]\nb1: 0\ndata:\n0 1\n1 0');
    expect(!unsplit.ok && unsplit.error[0]!.id).toBe('training.unsplit_data_row');
    const ragged = parseDefinition(`${NET}\ndata:\n0 0 -> 0\n0 1 1 -> 1`);
    expect(!ragged.ok && ragged.error.some((e) => e.id === 'training.ragged_data')).toBe(true);
  });

  it('an unknown optimizer or batch gets a located error', () => {
    const parsed = parseDefinition(`${NET}\noptimizer: adagrad\ndata:\n0 0 -> 0`);
    expect(!parsed.ok && parsed.error[0]).toMatchObject({
      id: 'training.unknown_optimizer',
      location: { line: 6 },
    });
  });

  it.each(['xor', 'and', 'or', 'moons', 'blobs-3class', 'line', 'xor-sample'])(
    'preset %s reads back from its block and its one line',
    (name) => {
      const preset = loadPreset(name);
      if (!preset.ok) throw new Error(JSON.stringify(preset.error));
      for (const text of [formatDefinition(preset.value.spec), formatOneLine(preset.value.spec)]) {
        const again = parseDefinition(text);
        if (!again.ok) throw new Error(JSON.stringify(again.error));
        expect(again.value.spec.training).toEqual(preset.value.spec.training);
        expect(again.value.spec.weights).toEqual(preset.value.spec.weights);
      }
    },
  );

  it('the data-set presets: xor has four samples, moons at most 40, blobs three classes, line one input', () => {
    const data = (name: string) => {
      const preset = loadPreset(name);
      if (!preset.ok) throw new Error(name);
      return preset.value.spec.training!.data!;
    };
    expect(data('xor')).toEqual(XOR);
    expect(data('moons').length).toBeLessThanOrEqual(40);
    expect(new Set(data('blobs-3class').map((s) => s.target.indexOf(1)))).toEqual(new Set([0, 1, 2]));
    expect(data('line')[0]!.input).toHaveLength(1);
  });

  it('a whole spec in JSON with data (SPEC-FORMAT) is read without a default steps', () => {
    const json = JSON.stringify({
      layers: [2, 2, 1],
      weights: [
        [
          [0.5, -0.4],
          [-0.3, 0.6],
        ],
        [[0.7, -0.5]],
      ],
      biases: [[0.1, -0.1], 0.2],
      data: XOR,
      epochs: 200,
      optimizer: 'momentum',
    });
    const parsed = parseDefinition(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.spec.training!.data).toEqual(XOR);
    expect(parsed.value.spec.training!.epochs).toBe(200);
    expect(parsed.value.defaultsApplied).not.toContain('steps');
  });
});
