// Every number a backpropagation answer sheet can state, as a typed reference into one network.
import { biasName, unitName, weightName } from '../core/naming.js';
import type { ResolvedSpec } from '../core/types.js';

/** 0 = with the given parameters, 1 = the second forward pass with the updated ones. */
export type Pass = 0 | 1;

/**
 * Layer index `l` runs over non-input layers (0 = first hidden), `j` is a unit of layer l+1,
 * `i` a unit of layer l (the weight's source). A bias without `j` is a layer's shared bias.
 */
export type Quantity =
  | { kind: 'input'; i: number }
  | { kind: 'target'; j: number }
  | { kind: 'learningRate' }
  | { kind: 'weight'; l: number; j: number; i: number }
  | { kind: 'bias'; l: number; j?: number }
  | { kind: 'net'; l: number; j: number; pass: Pass }
  | { kind: 'out'; l: number; j: number; pass: Pass }
  | { kind: 'lossTerm'; j: number; pass: Pass }
  | { kind: 'loss'; pass: Pass }
  | { kind: 'dE_dOut'; l: number; j: number }
  | { kind: 'dOut_dNet'; l: number; j: number }
  | { kind: 'delta'; l: number; j: number }
  /** δ_k·w_kj: what unit k of layer l+1 passes back to unit j of layer l (Mazur's ∂E_o1/∂out_h1). */
  | { kind: 'contribution'; l: number; j: number; k: number }
  | { kind: 'gradWeight'; l: number; j: number; i: number }
  | { kind: 'gradBias'; l: number; j?: number }
  /** η·∂E/∂p: the course notes' Δp, subtracted from p by the update. */
  | { kind: 'stepWeight'; l: number; j: number; i: number }
  | { kind: 'stepBias'; l: number; j?: number }
  | { kind: 'newWeight'; l: number; j: number; i: number }
  | { kind: 'newBias'; l: number; j?: number };

export type QuantityKind = Quantity['kind'];

/** Where in the worked solution a quantity belongs; mistakes are scoped by these. */
export type Phase = 'given' | 'forward' | 'loss' | 'backward' | 'update' | 'after' | 'afterLoss';

export function phaseOf(q: Quantity): Phase {
  switch (q.kind) {
    case 'input':
    case 'target':
    case 'learningRate':
    case 'weight':
    case 'bias':
      return 'given';
    case 'net':
    case 'out':
      return q.pass === 0 ? 'forward' : 'after';
    case 'lossTerm':
    case 'loss':
      return q.pass === 0 ? 'loss' : 'afterLoss';
    case 'dE_dOut':
    case 'dOut_dNet':
    case 'delta':
    case 'contribution':
    case 'gradWeight':
    case 'gradBias':
      return 'backward';
    case 'stepWeight':
    case 'stepBias':
    case 'newWeight':
    case 'newBias':
      return 'update';
  }
}

/** A stable string for memo tables and override maps. */
export function quantityKey(q: Quantity): string {
  switch (q.kind) {
    case 'input':
      return `input:${q.i}`;
    case 'target':
      return `target:${q.j}`;
    case 'learningRate':
      return 'learningRate';
    case 'loss':
      return `loss:${q.pass}`;
    case 'lossTerm':
      return `lossTerm:${q.j}:${q.pass}`;
    case 'net':
    case 'out':
      return `${q.kind}:${q.l}:${q.j}:${q.pass}`;
    case 'dE_dOut':
    case 'dOut_dNet':
    case 'delta':
      return `${q.kind}:${q.l}:${q.j}`;
    case 'contribution':
      return `contribution:${q.l}:${q.j}:${q.k}`;
    case 'weight':
    case 'gradWeight':
    case 'stepWeight':
    case 'newWeight':
      return `${q.kind}:${q.l}:${q.j}:${q.i}`;
    case 'bias':
    case 'gradBias':
    case 'stepBias':
    case 'newBias':
      return q.j === undefined ? `${q.kind}:${q.l}` : `${q.kind}:${q.l}:${q.j}`;
  }
}

export function sameQuantity(a: Quantity, b: Quantity): boolean {
  return quantityKey(a) === quantityKey(b);
}

type Shape = Pick<ResolvedSpec, 'layers' | 'biases'>;

const unit = (spec: Shape, l: number, j: number) => unitName(l + 1, j, spec.layers.length);
const bias = (spec: Shape, l: number, j: number | undefined) => biasName(l, j === undefined, j);

/**
 * The canonical name of a quantity, in the classic worked example's notation: net_h1, out_o1,
 * E_total, dE/dout_o1, dout_o1/dnet_o1, delta_o1, dE/dw5, eta*dE/dw5, w5+; a trailing `+` on a
 * forward quantity means the second forward pass (after the update).
 */
export function quantityName(q: Quantity, spec: Shape): string {
  const after = 'pass' in q && q.pass === 1 ? '+' : '';
  switch (q.kind) {
    case 'input':
      return `i${q.i + 1}`;
    case 'target':
      return `t${q.j + 1}`;
    case 'learningRate':
      return 'eta';
    case 'weight':
      return weightName(spec.layers, q.l, q.j, q.i);
    case 'bias':
      return bias(spec, q.l, q.j);
    case 'net':
      return `net_${unit(spec, q.l, q.j)}${after}`;
    case 'out':
      return `out_${unit(spec, q.l, q.j)}${after}`;
    case 'lossTerm':
      return `E_o${q.j + 1}${after}`;
    case 'loss':
      return `E_total${after}`;
    case 'dE_dOut':
      return `dE/dout_${unit(spec, q.l, q.j)}`;
    case 'dOut_dNet':
      return `dout_${unit(spec, q.l, q.j)}/dnet_${unit(spec, q.l, q.j)}`;
    case 'delta':
      return `delta_${unit(spec, q.l, q.j)}`;
    case 'contribution':
      return `dE_${unit(spec, q.l + 1, q.k)}/dout_${unit(spec, q.l, q.j)}`;
    case 'gradWeight':
      return `dE/d${weightName(spec.layers, q.l, q.j, q.i)}`;
    case 'gradBias':
      return `dE/d${bias(spec, q.l, q.j)}`;
    case 'stepWeight':
      return `eta*dE/d${weightName(spec.layers, q.l, q.j, q.i)}`;
    case 'stepBias':
      return `eta*dE/d${bias(spec, q.l, q.j)}`;
    case 'newWeight':
      return `${weightName(spec.layers, q.l, q.j, q.i)}+`;
    case 'newBias':
      return `${bias(spec, q.l, q.j)}+`;
  }
}

/** Whether a bias reference fits the spec (shared layer bias vs one per unit). */
export function biasFits(spec: Shape, l: number, j: number | undefined): boolean {
  const layerBias = spec.biases[l];
  if (layerBias === undefined) return false;
  if (typeof layerBias === 'number') return j === undefined || j < spec.layers[l + 1]!;
  return j !== undefined && j < layerBias.length;
}

/** Every quantity of one worked solution (forward values of the given pass), for recognising unnamed numbers. */
export function allQuantities(spec: Shape, pass: Pass): Quantity[] {
  const qs: Quantity[] = [];
  const layers = spec.layers.length - 1;
  for (let l = 0; l < layers; l++) {
    const bias = spec.biases[l];
    const shared = typeof bias === 'number';
    for (let j = 0; j < spec.layers[l + 1]!; j++) {
      qs.push({ kind: 'net', l, j, pass }, { kind: 'out', l, j, pass });
      qs.push({ kind: 'dE_dOut', l, j }, { kind: 'dOut_dNet', l, j }, { kind: 'delta', l, j });
      for (let i = 0; i < spec.layers[l]!; i++) {
        qs.push(
          { kind: 'gradWeight', l, j, i },
          { kind: 'stepWeight', l, j, i },
          { kind: 'newWeight', l, j, i },
        );
      }
      if (!shared) qs.push({ kind: 'gradBias', l, j }, { kind: 'stepBias', l, j }, { kind: 'newBias', l, j });
    }
    if (shared) qs.push({ kind: 'gradBias', l }, { kind: 'stepBias', l }, { kind: 'newBias', l });
  }
  for (let j = 0; j < spec.layers[layers]!; j++) qs.push({ kind: 'lossTerm', j, pass });
  qs.push({ kind: 'loss', pass });
  return qs;
}
