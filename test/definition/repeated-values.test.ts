// A quantity stated twice with different numbers: settled by the worked solution (said), else refused naming both.
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/index.js';
import { t } from '../../src/text/i18n.js';

// Gad's slides as a PDF host extracted them (gad-slides-bold-digits in the corpus): the initial-weights table says
// W2 = 0.5, the diagram under it W2 = 0.2, and the next slides' sum uses 0.2.
// https://pdfslide.tips/amp/education/backpropagation-understanding-how-to-update-anns-weights-step-by-step.html
const SETUP = [
  'Neural Network Training Example', // line 1
  '',
  '𝐗𝟏 𝐗𝟐 𝐎𝐮𝐭𝐩𝐮𝐭',
  '',
  '𝟎. 𝟏 𝟎. 𝟑 𝟎. 𝟎𝟑', // line 5
  '',
  '𝐖𝟏 𝐖𝟐 𝐛',
  '',
  '𝟎. 𝟓 𝟎. 𝟓 1. 𝟖𝟑', // line 9: W2 = 0.5
  '',
  'Training Data Initial Weights',
  '',
  '𝟎. 𝟏',
  '',
  'In Out',
  '',
  '𝑾𝟏 = 𝟎. 𝟓',
  '',
  '𝑾𝟐 = 𝟎. 𝟐', // line 19: W2 = 0.2
  '',
  '+𝟏',
  '',
  '𝒃 = 𝟏. 𝟖𝟑',
].join('\n');
const SOLUTION = [
  'Network Training: Sum of Products',
  '',
  '𝑾𝟏 = 𝟎. 𝟓',
  '',
  '𝑾𝟐 = 𝟎. 𝟐', // its line 5
  '',
  '𝒔 = 𝑿1 ∗ 𝑾1 + 𝑿2 ∗ 𝑾2 + 𝒃',
  '',
  '𝒔 = 𝟎. 𝟏 ∗ 𝟎. 𝟓 + 𝟎. 𝟑 ∗ 𝟎. 𝟐 + 𝟏. 𝟖𝟑',
].join('\n');

describe('a value stated twice differently', () => {
  it('pasted alone, is refused naming the quantity, both values and both lines, in en and fa', () => {
    const parsed = parseDefinition(SETUP);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const [error] = parsed.error;
    expect(parsed.error).toHaveLength(1);
    expect(error).toMatchObject({
      id: 'definition.contradictory_values',
      params: { key: 'W2', first: '0.5', firstLine: 9, second: '0.2', secondLine: 19 },
      location: { line: 19, column: 1 },
    });
    expect(error!.message).toBe(
      "`W2` is given two different values: 0.5 on line 9 and 0.2 on line 19. I cannot tell which one the page means, so I did not pick one: keep one of them (delete or correct the other line); /check takes the one its answers' numbers fit, when they fit only one.",
    );
    const fa = t('fa', error!.id, error!.params!);
    for (const part of ['W2', '0.5', '0.2', '۹', '۱۹', 'سطر', 'نگه دارید']) expect(fa).toContain(part);
  });

  it('pasted with the worked solution that restates one of them, takes that one and says which and where', () => {
    const parsed = parseDefinition(SETUP, { worked: SOLUTION });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.spec.weights).toEqual([[[0.5, 0.2]]]);
    expect(parsed.value.spec.input).toEqual([0.1, 0.3]);
    expect(parsed.value.spec.target).toEqual([0.03]);
    const note = parsed.value.noteMessages.find((n) => n.id === 'definition.note.repeat_settled');
    expect(note?.params).toEqual({
      key: 'W2',
      kept: '0.2',
      keptLine: 19,
      other: '0.5',
      otherLine: 9,
      workedLine: 5,
    });
    expect(parsed.value.notes).toContain(
      '`W2` is stated twice: 0.2 on line 19 and 0.5 on line 9. The worked solution confirms 0.2 (its line 5), so I used 0.2; the 0.5 on line 9 was set aside.',
    );
    expect(t('fa', note!.id, note!.params)).toContain('کنار گذاشته شد');
  });

  it('pasted with a solution that only uses one in its sum, takes the value the sum fits and says which numbers', () => {
    // The stored solution's sum without its diagram: 0.1 ∗ 0.5 + 0.3 ∗ 0.2 + 1.83 = 1.94 is the net with W2 = 0.2.
    const sum = SOLUTION.split('\n').slice(6).join('\n');
    expect(sum).not.toContain('𝑾𝟐 = ');
    const parsed = parseDefinition(SETUP, { worked: sum });
    expect(parsed.ok && parsed.value.spec.weights).toEqual([[[0.5, 0.2]]]);
    if (!parsed.ok) return;
    expect(parsed.value.notes).toContain(
      "`W2` is stated twice: 0.2 on line 19 and 0.5 on line 9. The worked solution's numbers (0.1 ∗ 0.5 + 0.3 ∗ 0.2 + 1.83) fit 0.2, not 0.5, so I used 0.2; the 0.5 on line 9 was set aside.",
    );
    const note = parsed.value.noteMessages.find(
      (n) => n.id === 'definition.note.repeat_confirmed_by_numbers',
    );
    expect(t('fa', note!.id, note!.params)).toContain('کنار گذاشته شد');
    // A sum that fits neither value (the bias changed) settles nothing.
    const neither = parseDefinition(SETUP, { worked: sum.replace('𝟏. 𝟖𝟑', '𝟏. 𝟖𝟒') });
    expect(!neither.ok && neither.error[0]!.id).toBe('definition.contradictory_values');
  });

  it('stays refused when the solution restates both values, or neither', () => {
    // Both restated and no sum to tell them apart.
    const both = `${SOLUTION.split('\n').slice(0, 5).join('\n')}\n\n𝑾𝟐 = 𝟎. 𝟓`;
    // Two sums, one fitting each value: the numbers do not tell them apart either.
    const twoSums = `${SOLUTION.split('\n').slice(6).join('\n')}\n\n𝒔 = 𝟎. 𝟏 ∗ 𝟎. 𝟓 + 𝟎. 𝟑 ∗ 𝟎. 𝟓 + 𝟏. 𝟖𝟑`;
    for (const worked of [both, 'Network Training', twoSums]) {
      const parsed = parseDefinition(SETUP, { worked });
      expect(!parsed.ok && parsed.error[0]!.id).toBe('definition.contradictory_values');
    }
  });

  it('holds for any quantity: an input stated twice differently is refused too', () => {
    // The same slides with the training data's X1 changed on the diagram (composed from the real snippet).
    const parsed = parseDefinition(
      SETUP.replace('𝟎. 𝟏\n\nIn Out', '𝑿𝟏 = 𝟎. 𝟐\n\nIn Out').replace('𝑾𝟐 = 𝟎. 𝟐', ''),
    );
    expect(!parsed.ok && parsed.error[0]!.params).toMatchObject({ key: 'X1', first: '0.1', second: '0.2' });
  });

  it('reads a value the page gives twice the same, and a derivative or a worked value named like the weight, as no contradiction', () => {
    expect(parseDefinition(SETUP.replace('𝑾𝟐 = 𝟎. 𝟐', '𝑾𝟐 = 𝟎. 𝟓')).ok).toBe(true);
    // https://github.com/QuantLet (quantlet-chain in the corpus): the page's ∂L/∂w_2 beside its w_2 = 0.8.
    const quantlet = [
      "ax.text(2, 6.4, '$w_1 = 0.5$', fontsize=10, ha='center')",
      "ax.text(4.5, 6.4, '$w_2 = 0.8$', fontsize=10, ha='center')",
      "ax.text(8.5, 4.7, '$y = 1$, $L = 0.13$', fontsize=9, ha='center', color=mlred)",
      "    '$\\\\frac{\\\\partial L}{\\\\partial \\\\hat{y}} = 2(\\\\hat{y} - y) = -0.72$',",
      "    '$\\\\frac{\\\\partial L}{\\\\partial w_2} = -0.72 \\\\times 0.17 = -0.12$',",
      "ax.text(1, 1.8, '$w_2^{new} = w_2 - \\\\eta \\\\cdot \\\\frac{\\\\partial L}{\\\\partial w_2} = 0.8 - 0.1 \\\\times (-0.12) = 0.812$', fontsize=10)",
      "ax.text(1, 7, '$x = 2$', fontsize=12, ha='center', color=mlblue)",
    ].join('\n');
    const chain = parseDefinition(quantlet);
    expect(chain.ok && chain.value.spec.weights).toEqual([[[0.5]], [[0.8]]]);
    // https://medium.com/@sreekanth (sreekanth-relu-bce in the corpus): "gradient for `w1`: 0.069" after its sum.
    const sreekanth = [
      '* A **single input**: `x = 1.0`',
      '* One **hidden neuron** with weight `w1 = 0.5`',
      '* One **output neuron** with weight `w2 = 0.5`',
      '* The **true label**: `y_true = 0.0` (binary classification)',
      '$$',
      '\\frac{dL}{dw_1} = \\frac{dL}{dz_1} \\cdot x = 0.069 \\cdot 1.0 = 0.069',
      '$$',
      '✔️ That’s how we compute the **gradient for `w1`: 0.069**',
    ].join('\n');
    const relu = parseDefinition(sreekanth);
    expect(relu.ok && relu.value.spec.weights).toEqual([[[0.5]], [[0.5]]]);
  });

  it('leaves our own notation as it was: a key given twice is the usual "given twice" error', () => {
    const parsed = parseDefinition('layers: 1-1\nw1 = 0.5\nw1 = 0.2\nb1: 0\ninput: [1]\ntarget: [0]');
    expect(!parsed.ok && parsed.error.map((e) => e.id)).toContain('definition.duplicate_key');
  });
});
