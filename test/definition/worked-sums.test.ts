// Weights and inputs read from a worked sum that pairs names with numbers term by term, and only then.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/index.js';
import { splitLatex } from '../../src/definition/latex.js';
import { normaliseInput } from '../../src/definition/normalise.js';
import { findWorkedSums, readWorkedSums } from '../../src/definition/worked-sums.js';
import { t } from '../../src/text/i18n.js';

const mathOf = (text: string) => splitLatex(normaliseInput(text).body).math;

// https://github.com/ninjakx/Neural_network_solver/blob/master/README.md (the corpus case, whole)
const NINJAKX = readFileSync(
  new URL('../fixtures/real-world/ninjakx-two-hidden-layers/setup.txt', import.meta.url),
  'utf8',
);
// The same page's first block, as its title attribute has it.
const H11 =
  '$$net_{H11} &= (w_{H11.I1} * I_1) + (w_{H11.I2} * I_2) + (w_{H11.I3} * I_3) + (w_{H11.I4} * I_4)\\\\ & = (0.5 * 1) + (0.4 * 2) + ( 0.1 * -1) + (0.2 * 1) \\\\ & = 1.4 \\\\ \\\\ out_{H11} &= \\frac{1}{1+e^{-net_{H11}}} \\\\ & = \\frac{1}{1+e^{-1.4}} \\\\ & = 0.802184$$';

describe('findWorkedSums', () => {
  it('pairs each weight and input of a sum with the numbers written under them', () => {
    const { sums } = findWorkedSums(mathOf(H11));
    expect(sums).toHaveLength(1);
    const [sum] = sums;
    expect(sum!.unit).toBe('h11');
    expect(sum!.order).toBe('destination-first');
    expect(sum!.stated?.text).toBe('1.4');
    expect(sum!.terms.map((t) => [t.weight.text, t.weightValue.text, t.source, t.sourceValue.text])).toEqual([
      ['w_H11.I1', '0.5', 'i1', '1'],
      ['w_H11.I2', '0.4', 'i2', '2'],
      ['w_H11.I3', '0.1', 'i3', '-1'],
      ['w_H11.I4', '0.2', 'i4', '1'],
    ]);
  });

  it('places names written source first when the sum shows it (the page order swapped)', () => {
    // Composed from the snippet above with each name's two units swapped.
    const swapped = H11.replace(/w_\{H11\.I(\d)\}/g, 'w_{I$1.H11}');
    const [sum] = findWorkedSums(mathOf(swapped)).sums;
    expect(sum!.order).toBe('source-first');
    expect(sum!.terms[2]!.weightValue.text).toBe('0.1');
  });

  // https://github.com/sreekanth9999/Interview_Prep/blob/main/simple_nn_calculation.md (corpus sreekanth-relu-bce)
  it('reads nothing from a product whose weight name joins no units', () => {
    expect(findWorkedSums(mathOf('$$\nz_1 = x \\cdot w_1 = 1.0 \\cdot 0.5 = 0.5 \\\\\n$$')).sums).toEqual([]);
    // https://mattmazur.com/2015/03/17/a-step-by-step-backpropagation-example/
    const mazur =
      '$$net_{h1} = w_1 * i_1 + w_2 * i_2 + b_1 * 1$$\n$$net_{h1} = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 * 1 = 0.3775$$';
    expect(findWorkedSums(mathOf(mazur)).sums).toEqual([]);
  });

  // https://github.com/melfm/notes/blob/master/docs/machine_learning/backprop.md (corpus melfm-notes-figure)
  it('reads nothing from a formula of the loss', () => {
    const loss = '$$\n  E_y1 = \\frac{1}{2}(t1 - \\hat{y1})^2 = \\frac{1}{2}(0.01 - 0.7491)^2 = 0.2731\n$$';
    expect(findWorkedSums(mathOf(loss)).sums).toEqual([]);
  });

  it('reads nothing from a sum of numbers without names, or names without numbers', () => {
    // The H11 block with its symbolic row left out: numbers alone place nothing.
    expect(findWorkedSums(mathOf(H11.replace(/net_\{H11\} &= \([^\\]*\\\\ & /, 'net_{H11} &'))).sums).toEqual(
      [],
    );
    // The symbolic row alone.
    expect(findWorkedSums(mathOf(H11.replace(/\\\\ & = \(0\.5[^\\]*/, ''))).sums).toEqual([]);
  });
});

describe('readWorkedSums', () => {
  it('gives the page weights as unit-pair statements and its inputs once, at the page numbers', () => {
    const reading = readWorkedSums(mathOf(NINJAKX), NINJAKX)!;
    expect(reading.sums.map((s) => s.unit)).toEqual(['h11', 'h12', 'h21', 'h22', 'o1']);
    const weights = reading.entries.filter((e) => e.ref?.kind === 'arrowWeight');
    expect(weights).toHaveLength(4 + 4 + 2 + 2 + 2);
    const inputs = reading.entries.filter((e) => e.ref?.kind === 'inputUnit');
    expect(inputs.map((e) => [e.key.text, e.value.text])).toEqual([
      ['I_1', '1'],
      ['I_2', '2'],
      ['I_3', '-1'],
      ['I_4', '1'],
    ]);
    // Located at the page's own characters.
    const w = weights.find((e) => e.key.text === 'w_O1.H21')!;
    expect(NINJAKX.slice(w.value.map[0], w.value.map[0]! + 5)).toBe('-0.25');
    expect(reading.carried.map((t) => `${t.sourceName.text} = ${t.sourceValue.text}`)).toContain(
      'H_11 = 0.802184',
    );
    expect(reading.sigmoid?.line).toBe(3);
  });

  it('reads nothing when a unit the page computes has no readable sum (never a network cut short)', () => {
    // The page without its output's sum: out_{O1} is still written.
    const cut = NINJAKX.replaceAll('w_{O1.H21}', 'v');
    expect(readWorkedSums(mathOf(cut), cut)).toBeUndefined();
  });

  it('reads nothing when the sums stop before a unit named as an output', () => {
    // The page without its last link (the output's sum and activation): h21 and h22 would end the network.
    const hiddenOnly = `${NINJAKX.slice(0, NINJAKX.indexOf('&space;net_{O1}'))}" /></a>`;
    expect(findWorkedSums(mathOf(hiddenOnly)).sums.map((s) => s.unit)).toEqual(['h11', 'h12', 'h21', 'h22']);
    expect(readWorkedSums(mathOf(hiddenOnly), hiddenOnly)).toBeUndefined();
  });
});

describe('a page whose network is only in its worked sums', () => {
  it('is read as the network the sums compute: 4-2-2-1, no biases, inputs 1, 2, -1, 1', () => {
    const read = parseDefinition(NINJAKX);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { spec } = read.value;
    expect(spec.layers).toEqual([4, 2, 2, 1]);
    expect(spec.weights).toEqual([
      [
        [0.5, 0.4, 0.1, 0.2],
        [0.65, 0.15, 0.2, 0.7],
      ],
      [
        [0.1, 0.2],
        [0.3, 0.4],
      ],
      [[-0.25, 0.5]],
    ]);
    expect(spec.input).toEqual([1, 2, -1, 1]);
    expect(spec.activations).toEqual(['sigmoid', 'sigmoid', 'sigmoid']);
    const ids = read.value.noteMessages.map((n) => n.id);
    expect(ids).toContain('definition.note.no_biases');
    expect(ids).toContain('definition.note.read_activation');
    expect(ids).toContain('definition.note.no_target');
    expect(ids).not.toContain('definition.note.ignored');
  });

  it('asks which number is meant when the sums give one weight two numbers (line and column of each)', () => {
    // The page, then its H11 block again with 0.6 for the first weight (composed from the real snippet).
    const twice = `${NINJAKX}\n\n${H11.replace('(0.5 * 1)', '(0.6 * 1)')}`;
    const read = parseDefinition(twice);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const [error] = read.error.filter((e) => e.id === 'definition.worked_sums_disagree');
    expect(error?.params).toMatchObject({ name: 'w_H11.I1', first: '0.5', firstLine: 3, second: '0.6' });
    expect(error?.location).toMatchObject({ line: twice.split('\n').length, excerpt: '0.6' });
    expect(error?.hint).toBe('w_H11.I1 = 0.5');
    expect(t('fa', error!.id, error!.params)).toContain('0.6');
  });

  it('is refused as before when the page also states its weights some other way', () => {
    const stated = `w1 = 0.5\n${NINJAKX}`;
    const read = parseDefinition(stated);
    // The sums are the page's arithmetic then, not its network: nothing of theirs is added.
    expect(read.ok && read.value.noteMessages.some((n) => n.id === 'definition.note.worked_sums')).toBe(
      false,
    );
  });
});
