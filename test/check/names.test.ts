// Names as students write them: LaTeX, Δ/δ/∂, dE/dw5, primes, w5+, new w5, σ(…), course-notes and generic indexed notation.
import { describe, expect, it } from 'vitest';
import { flattenLatex } from '../../src/check/latex.js';
import { resolveName } from '../../src/check/names.js';
import { quantityName } from '../../src/check/quantities.js';
import { goldenSpec } from './helpers.js';
import { networkNamed } from './mistake-sheets.js';

const mazur = goldenSpec('mazur');
const deep = networkNamed('deep-2-2-3-3');
/** Canonical names of every meaning, with the scale when it is not 1. */
const read = (text: string, spec = mazur) =>
  resolveName(flattenLatex(text), spec).map(
    (m) => `${m.scale === 1 ? '' : `${m.scale}×`}${quantityName(m.quantity, spec)}`,
  );

describe('resolveName', () => {
  it.each([
    ['net_h1', ['net_h1']],
    ['net_{h_1}', ['net_h1']],
    ['$z_{h1}$', ['net_h1']],
    ['out_o1', ['out_o1']],
    ['o_1', ['out_o1']],
    ['h2', ['out_h2']],
    ['\\hat{y}_2', ['out_o2']],
    ['E_total', ['E_total']],
    ['E_{total}', ['E_total']],
    ['Error', ['E_total']],
    ['E_{o_1}', ['E_o1']],
    ['\\frac{\\partial E_{total}}{\\partial out_{o1}}', ['dE/dout_o1']],
    ['∂E_total/∂out_o1', ['dE/dout_o1']],
    ['dE/dw5', ['dE/dw5']],
    ['\\frac{\\partial E}{\\partial w_5}', ['dE/dw5']],
    ['∂E/∂b2', ['dE/db2']],
    ['∂out_o1/∂net_o1', ['dout_o1/dnet_o1']],
    ["\\sigma'(a_{o_2})", ['dout_o2/dnet_o2']],
    ['∂E/∂net_o1', ['delta_o1']],
    ['∂E_o1/∂out_h1', ['dE_o1/dout_h1']],
    ['∂net_o1/∂w5', ['out_h1']],
    ['∂net_o1/∂out_h2', ['w6']],
    ['w5+', ['w5+']],
    ['w_5^{+}', ['w5+']],
    ["w_5'", ['w5+']],
    ['w_5^{new}', ['w5+']],
    ['new w5', ['w5+']],
    ['the updated weight w_{5}', ['w5+']],
    ['w5 جدید', ['w5+']],
    ['b_1^+', ['b1+']],
    ['w_{h1 o1}', ['w5']],
    ['w_{i2→h1}', ['w2']],
    ['out(h1)', ['out_h1']],
    ['net(o2)', ['net_o2']],
    ['w(5)+', ['w5+']],
    ['E(o1)', ['E_o1']],
    ['خطای کل', ['E_total']],
    ['خطا', ['E_total']],
    ['نرخ یادگیری', ['eta']],
    ['خطای خروجی اول E_{o_1}', ['E_o1']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives every meaning of an ambiguous name, most likely first', () => {
    // The course notes' a_h1 is the pre-activation; elsewhere a is the activation.
    expect(read('a_{h_1}')).toEqual(['net_h1', 'out_h1']);
    // Δw5: the course notes' η·∂E/∂w5, or the change w5⁺ − w5.
    expect(read('\\Delta w_5')).toEqual(['eta*dE/dw5', '-1×eta*dE/dw5']);
    expect(read('Δw5')).toEqual(['eta*dE/dw5', '-1×eta*dE/dw5']);
    // δ = ∂E/∂net, or its negative in the t − o convention.
    expect(read('\\delta_{o_1}')).toEqual(['delta_o1', '-1×delta_o1']);
    // ∂E/∂a_o1 follows both readings of a.
    expect(read('∂E/∂a_o1')).toEqual(['delta_o1', 'dE/dout_o1']);
  });

  it("reads the course notes' own names", () => {
    expect(read('\\Delta_{(o_1,o_1)}')).toEqual(['dE/dout_o1']);
    expect(read('\\Delta_{(h_2, o)}')).toEqual(['dE/dout_h2']);
    expect(read('\\frac{\\partial L}{\\partial h_2}')).toEqual(['dE/dout_h2']);
    expect(read('\\sigma(a_{o_1})')).toEqual(['out_o1']);
    expect(read('W_4')).toEqual(['w4']);
    expect(read('a h1')).toEqual(['net_h1', 'out_h1']);
  });

  it('reads the generic indexed notation of deeper nets', () => {
    expect(read('net_h1_2', deep)).toEqual(['net_h1_2']);
    expect(read('out_{h2_3}', deep)).toEqual(['out_h2_3']);
    expect(read('z^{(2)}_3', deep)).toEqual(['net_h2_3']);
    expect(read('a^{[3]}_1', deep)).toEqual(['out_o1', 'net_o1']);
    expect(read('\\delta^{(1)}_2', deep)).toEqual(['delta_h1_2', '-1×delta_h1_2']);
    expect(read('w^{(2)}_{31}', deep)).toEqual(['w9']);
    expect(read('w_{h1_2→h2_1}', deep)).toEqual(['w6']);
    expect(read('b2_1', deep)).toEqual(['b2']);
    expect(read('b3_2', deep)).toEqual(['b3_2']);
    expect(read('∂E/∂w14', deep)).toEqual(['dE/dw14']);
  });

  it('needs no index for the one output of a single-output net', async () => {
    const { loadPreset } = await import('../../src/definition/index.js');
    const xor = loadPreset('xor-sample');
    if (!xor.ok) throw new Error('no xor preset');
    expect(read('\\hat{y}', xor.value.spec)).toEqual(['out_o1']);
    expect(read('∂E/∂y', xor.value.spec)).toEqual(['dE/dout_o1']);
    expect(read('y', mazur)).toEqual([]);
  });

  it('refuses what is not a quantity of this network', () => {
    for (const text of ['w9', 'h3', 'o3', 'Output', 'if y', 'sigmoid', 'σ(0.3775)', '0.35 + 0.05 * 0.15']) {
      expect(read(text), text).toEqual([]);
    }
  });
});
