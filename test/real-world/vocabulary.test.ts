// The corpus keys' vocabulary: every quantity name maps onto one number of the network, or onto nothing.
import { describe, expect, it } from 'vitest';
import { readKeyQuantity } from '../../bench/corpus/vocabulary.js';

const classic = { layers: [2, 2, 2] };
const deep = { layers: [4, 2, 2, 1] };

describe('corpus key vocabulary', () => {
  it('names weights by their units, source first, whatever a page numbers them', () => {
    expect(readKeyQuantity('w.i2-h1', classic)).toEqual({ kind: 'weight', l: 0, j: 0, i: 1 });
    expect(readKeyQuantity('dE/dw.h1-o2', classic)).toEqual({ kind: 'gradWeight', l: 1, j: 1, i: 0 });
    expect(readKeyQuantity('step.w.i1-h2', classic)).toEqual({ kind: 'stepWeight', l: 0, j: 1, i: 0 });
    expect(readKeyQuantity('new.w.h2-o1', classic)).toEqual({ kind: 'newWeight', l: 1, j: 0, i: 1 });
  });

  it('tells a shared layer bias (b.L1) from a unit bias (b.h1)', () => {
    expect(readKeyQuantity('new.b.L2', classic)).toEqual({ kind: 'newBias', l: 1 });
    expect(readKeyQuantity('dE/db.h1', classic)).toEqual({ kind: 'gradBias', l: 0, j: 0 });
  });

  it('reads forward quantities of the second pass and units of deeper nets', () => {
    expect(readKeyQuantity('out.o1+', classic)).toEqual({ kind: 'out', l: 1, j: 0, pass: 1 });
    expect(readKeyQuantity('E+', classic)).toEqual({ kind: 'loss', pass: 1 });
    expect(readKeyQuantity('net.h2_1', deep)).toEqual({ kind: 'net', l: 1, j: 0, pass: 0 });
    expect(readKeyQuantity('contrib.o1-h2', classic)).toEqual({ kind: 'contribution', l: 0, j: 1, k: 0 });
  });

  it('refuses what is not a quantity of the network', () => {
    expect(readKeyQuantity('w.i1-o1', classic)).toBeUndefined();
    expect(readKeyQuantity('out.h3', classic)).toBeUndefined();
    expect(readKeyQuantity('h1_1', deep)).toBeUndefined();
    expect(readKeyQuantity('dE/dw.i1-h1+', classic)).toBeUndefined();
  });
});
