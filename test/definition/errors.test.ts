// Errors a student can act on: stable id, line and column, the offending text, what was expected, a suggestion.
import { describe, expect, it } from 'vitest';
import type { UserError } from '../../src/errors.js';
import { DEFINITION_MAX_LENGTH, loadPreset, parseDefinition } from '../../src/definition/index.js';
import { definitionMessages } from '../../src/text/messages/definition.js';
import { describeError, t } from '../../src/text/i18n.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';

const GOOD = `layers: 2-2-2
activation: sigmoid
input: [0.05, 0.10]
target: [0.01, 0.99]
W1: [[0.15, 0.20], [0.25, 0.30]]
b1: 0.35
W2: [[0.40, 0.45], [0.50, 0.55]]
b2: 0.60`;

function errorsOf(text: string): UserError[] {
  const result = parseDefinition(text);
  if (result.ok) throw new Error(`accepted:\n${text}`);
  return result.error;
}
const firstError = (text: string) => errorsOf(text)[0]!;
const replaceLine = (line: number, by: string) =>
  GOOD.split('\n')
    .map((l, k) => (k === line - 1 ? by : l))
    .join('\n');

describe('definition errors', () => {
  it('a misspelt activation: line, column, quote, did you mean', () => {
    expect(firstError(replaceLine(2, 'activation: sigmod'))).toMatchObject({
      id: 'definition.unknown_activation',
      location: { line: 2, column: 13, excerpt: 'sigmod', field: 'activations' },
      hint: 'sigmoid',
    });
    expect(firstError(replaceLine(2, 'activation: sigmod')).message).toContain('Did you mean `sigmoid`?');
  });

  it('a misspelt key suggests the closest one', () => {
    expect(firstError(GOOD + '\nlearnig rate: 0.3')).toMatchObject({
      id: 'definition.unknown_key',
      location: { line: 9, column: 1, excerpt: 'learnig rate' },
      hint: 'learning rate',
    });
    expect(firstError(GOOD + '\ntargte: 1').hint).toBe('target');
  });

  it('an unknown key far from every known one is still an error, never dropped', () => {
    const error = firstError(GOOD + '\ndropout: 0.5');
    expect(error.id).toBe('definition.unknown_key');
    expect(error.message).toContain('Known keys:');
    const fa = withoutDirectionMarks(t('fa', error.id, error.params ?? {}));
    expect(fa).toContain('W1, W2… یا w1, w2…');
    expect(fa).not.toMatch(/\bor\b/);
  });

  it('a misspelt loss suggests the closest', () => {
    expect(firstError(GOOD + '\nloss: half_ss')).toMatchObject({
      id: 'definition.unknown_loss',
      hint: 'half_sse',
    });
    expect(firstError(GOOD + '\nloss: crossentropi')).toMatchObject({ hint: 'cross_entropy' });
  });

  it('a duplicate key (also through a synonym) names the first line', () => {
    expect(firstError(GOOD + '\nx: [1, 2]')).toMatchObject({
      id: 'definition.duplicate_key',
      location: { line: 9, column: 1, excerpt: 'x' },
      params: { first: 'input', firstLine: 3 },
    });
  });

  it('two ways of writing the same thing conflict', () => {
    expect(firstError(GOOD + '\ni1 = 0.3').id).toBe('definition.conflicting_keys');
    expect(firstError(GOOD + '\nw5 = 0.3').id).toBe('definition.conflicting_keys');
  });

  it('a bad number quotes it and points at it', () => {
    expect(firstError(replaceLine(3, 'input: [0.05, 0.1x]'))).toMatchObject({
      id: 'definition.expression_unknown_name',
      location: { line: 3, column: 15, excerpt: '0.1x' },
    });
  });

  it('a number typed with the letter o for 0 points at the o and asks whether 0 was meant', () => {
    const error = firstError(replaceLine(3, 'input: [0.05, 0.1O]'));
    expect(error).toMatchObject({
      id: 'definition.letter_o_for_zero',
      params: { meant: '0.10', hint: '0.10' },
      location: { line: 3, column: 18, excerpt: '0.1O' },
    });
    expect(error.message).toContain('Did you mean `0.10`?');
    expect(withoutDirectionMarks(t('fa', error.id, error.params ?? {}))).toContain('منظورتان `0.10` بود؟');
  });

  it('unbalanced brackets', () => {
    expect(firstError(replaceLine(5, 'W1: [[0.15, 0.20], [0.25, 0.30]'))).toMatchObject({
      id: 'definition.unbalanced_brackets',
    });
  });

  it('a ragged matrix says which row', () => {
    expect(firstError(replaceLine(5, 'W1: [[0.15, 0.20], [0.25]]'))).toMatchObject({
      id: 'definition.ragged_matrix',
      params: { row: 2, got: 1, expected: 2 },
      location: { line: 5 },
    });
  });

  it('a shape mismatch from the core names the layer and the sizes, on the right line', () => {
    const error = firstError(replaceLine(1, 'layers: 2-3-2'));
    expect(error).toMatchObject({ id: 'spec.weights_shape', location: { line: 5, field: 'weights[0]' } });
    expect(error.message).toContain('3 rows');
  });

  it('a wrong input size points at the input line', () => {
    expect(firstError(replaceLine(3, 'input: [0.05, 0.10, 0.2]'))).toMatchObject({
      id: 'spec.input_size',
      location: { line: 3, field: 'input' },
    });
  });

  it('missing pieces are named', () => {
    expect(firstError(replaceLine(4, '# no target'))).toMatchObject({
      id: 'definition.missing_field',
      params: { field: 'target' },
    });
    expect(
      firstError('w1=1 w2=1 w3=1 w4=1 w5=1 w6=1 w7=1 b1=0 b2=0 i1=1 i2=1 t1=1 t2=0 layers: 2-2-2'),
    ).toMatchObject({ id: 'definition.missing_weights', params: { missing: 'w8', count: 8 } });
    expect(
      firstError('w1=1 w2=1 w3=1 w4=1 w5=1 w6=1 w7=1 w8=1 b2=0 i1=1 i2=1 t1=1 t2=0 layers: 2-2-2'),
    ).toMatchObject({ id: 'definition.missing_biases', params: { missing: 'b1' } });
    expect(firstError('i1 = 1\ni3 = 2\ntarget: 1\nW1: [[1, 1, 1]]\nb1: 0')).toMatchObject({
      id: 'definition.missing_units',
      params: { missing: 'i2' },
    });
  });

  it('numbered weights that fit several networks: asks, listing the shapes', () => {
    const error = firstError('w1=1 w2=1 w3=1 w4=1 w5=1 w6=1 w7=1 w8=1 i1=1 i2=1 t1=1 t2=0 b1=0 b2=0 b3=0');
    expect(error).toMatchObject({
      id: 'definition.ambiguous_layers',
      params: { candidates: '2-1-2-2, 2-2-1-2', weights: 8, inputs: 2, outputs: 2 },
      hint: 'layers: 2-1-2-2',
    });
    expect(error.message).toContain('2-1-2-2, 2-2-1-2');
  });

  it('numbered weights that fit no network say so', () => {
    expect(firstError('w1=1 w2=1 i1=1 i2=1 t1=1 t2=0 b1=0 b2=0').id).toBe('definition.no_layers_fit');
  });

  it('seven weights of a 2-2-2 network name the missing w8', () => {
    const error = firstError(
      'w1=0.15 w2=0.2 w3=0.25 w4=0.3 w5=0.4 w6=0.45 w7=0.5 b1=0.35 b2=0.6 i1=0.05 i2=0.1 t1=0.01 t2=0.99',
    );
    expect(error).toMatchObject({
      id: 'definition.missing_last_weight',
      params: { layers: '2-2-2', missing: 'w8', all: 8, weights: 7 },
      location: { line: 1, column: 1 },
    });
    expect(error.message).toContain('a 2-2-2 network has 8: `w8` is missing');
    expect(withoutDirectionMarks(t('fa', error.id, error.params ?? {}))).toContain('`w8` داده نشده است');
  });

  it('numbered weights beyond the stated shape', () => {
    expect(firstError('layers: 1-1\nw1=1 w2=2 i1=1 t1=1 b1=0')).toMatchObject({
      id: 'definition.extra_weights',
      params: { extra: 'w2', count: 1 },
    });
  });

  it('bad layer sizes, booleans and text', () => {
    expect(firstError(replaceLine(1, 'layers: two-two'))).toMatchObject({
      id: 'definition.bad_layers',
      hint: '2-2-2',
    });
    expect(firstError(GOOD + '\nupdate biases: maybe')).toMatchObject({ id: 'definition.bad_boolean' });
    expect(firstError(GOOD + '\nname: "unclosed')).toMatchObject({ id: 'definition.bad_text' });
  });

  it('a key without a value, and a line that is not key: value', () => {
    expect(firstError('lr:\n' + GOOD)).toMatchObject({
      id: 'definition.missing_value',
      location: { line: 1 },
    });
    expect(firstError('hello\n' + GOOD)).toMatchObject({
      id: 'definition.expected_key_value',
      location: { line: 1 },
    });
  });

  it('too long, empty, nothing found', () => {
    expect(firstError('x'.repeat(DEFINITION_MAX_LENGTH + 1))).toMatchObject({
      id: 'definition.too_long',
      params: { max: 8000 },
    });
    expect(firstError('   \n ')).toMatchObject({ id: 'definition.empty' });
    expect(firstError('$x$ and some words')).toMatchObject({ id: 'definition.nothing_found' });
  });

  it('bad JSON points at the position', () => {
    const error = firstError('{\n  "layers": [2, 2, 2],\n  "input": [0.05 0.1]\n}');
    expect(error).toMatchObject({ id: 'definition.bad_json', location: { line: 3 } });
  });

  it('a JSON unknown field comes from the core with the line of its key', () => {
    const error = firstError(
      '{"layers": [1, 1], "weights": [[[1]]], "biases": [0], "input": [1],\n "target": [1], "dropout": 0.5}',
    );
    expect(error).toMatchObject({ id: 'spec.unknown_field', location: { line: 2, field: 'dropout' } });
  });

  it('a duplicate JSON key is an error', () => {
    expect(firstError('{"layers": [1, 1], "layers": [1, 1]}').id).toBe('definition.duplicate_key');
  });

  it('the core limits come through with their own messages', () => {
    const error = firstError(replaceLine(1, 'layers: 2-100-2'));
    expect(error.id).toBe('spec.limit_units');
    expect(firstError(GOOD + '\nsteps: 1e6').id).toBe('spec.limit_steps');
  });

  it('an unknown preset suggests the closest', () => {
    const result = loadPreset('mazr');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]).toMatchObject({ id: 'definition.unknown_preset', hint: 'mazur' });
    expect(result.error[0]!.message).toContain('Did you mean `mazur`?');
  });

  it('several problems are reported together', () => {
    const errors = errorsOf(replaceLine(2, 'activation: sigmod') + '\nlernig rate: 0.5');
    expect(errors.map((e) => e.id)).toEqual(['definition.unknown_activation', 'definition.unknown_key']);
  });
});

describe('the definition message catalogue', () => {
  it('has English and natural Persian text for every id, numbers and code kept left-to-right', () => {
    const params = {
      key: 'W1',
      field: 'input',
      name: 'sigmod',
      text: '0.1O',
      hint: 'sigmoid',
      known: 'sigmoid, tanh',
      count: 2,
      length: 9000,
      max: 8000,
      missing: 'w8',
      all: 8,
      layers: '2-2-2',
      weights: 8,
      inputs: 2,
      outputs: 2,
      candidates: '2-1-2-2, 2-2-1-2',
      extra: 'w9',
      first: 'input',
      firstLine: 3,
      other: 'input',
      row: 2,
      got: 1,
      expected: 2,
      construct: '!',
      detail: 'Unexpected end',
      value: '0.5',
      units: 2,
      keys: 'a_h1',
    };
    for (const [id, entry] of Object.entries(definitionMessages)) {
      const en = typeof entry.en === 'function' ? entry.en(params) : entry.en;
      const fa = typeof entry.fa === 'function' ? entry.fa(params) : entry.fa;
      expect(en, id).not.toMatch(/undefined/);
      expect(fa, id).not.toMatch(/undefined/);
      expect(fa, id).toMatch(/[\u0600-\u06ff]/);
      if (/\d/.test(fa)) expect(fa, id).toContain('\u2066');
    }
  });

  it('every error the parser gives has catalogue text in both languages', () => {
    const samples = [
      replaceLine(2, 'activation: sigmod'),
      GOOD + '\nlearnig rate: 0.3',
      GOOD + '\nx: [1, 2]',
      replaceLine(5, 'W1: [[0.15, 0.20], [0.25]]'),
      'w1=1 w2=1 w3=1 w4=1 w5=1 w6=1 w7=1 w8=1 i1=1 i2=1 t1=1 t2=0 b1=0 b2=0 b3=0',
      'layers: 1-1\ninput: 1\ntarget: 100000!\nW1: [[1]]\nb1: 0',
    ];
    for (const text of samples) {
      for (const error of errorsOf(text)) {
        expect(definitionMessages[error.id], error.id).toBeDefined();
        expect(describeError(error, 'fa')).toMatch(/[\u0600-\u06ff]/);
      }
    }
  });
});

describe('huge indices are refused before anything is allocated', () => {
  it.each(['w99999999 = 1', 'i99999999 = 1', 't5000 = 1', 'b99999999 = 1', 'b1_99999999 = 1'])(
    '%s',
    (line) => {
      expect(firstError(`${line}\nw1 = 1\ni1 = 1\nt1 = 1`)).toMatchObject({
        id: 'definition.index_too_large',
      });
    },
  );

  it('layers beyond the limits with numbered weights: the core names the limit', () => {
    expect(firstError('layers: 2-99999999-2\nw1=1 i1=1 i2=1 t1=1 t2=1 b1=0 b2=0').id).toBe(
      'spec.limit_units',
    );
  });
});

describe('errors stay on their line', () => {
  it('an unclosed bracket spoils only its own line', () => {
    const errors = errorsOf(replaceLine(3, 'input: [0.05, 0.10'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      id: 'definition.unbalanced_brackets',
      location: { line: 3, excerpt: '[0.05, 0.10' },
    });
  });

  it('a key without its colon gets the corrected line as the hint', () => {
    expect(firstError(replaceLine(2, 'activation sigmoid'))).toMatchObject({
      id: 'definition.expected_key_value',
      hint: 'activation: sigmoid',
      location: { line: 2 },
    });
    expect(firstError(replaceLine(1, 'layers 2-2-2'))).toMatchObject({
      id: 'definition.expected_key_value',
      hint: 'layers: 2-2-2',
      location: { line: 1, column: 1 },
    });
  });
});
