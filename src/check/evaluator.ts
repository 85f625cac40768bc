// A parametrised backpropagation over named quantities: correct or with a mistake, from the truth or from the student's own numbers.
import {
  activate,
  activationDerivative,
  lossGradient,
  lossValue,
  weightNumber,
  type Matrix,
  type ResolvedSpec,
  type Vector,
} from '../core/index.js';
import { quantityKey, type Pass, type Quantity } from './quantities.js';
import { derivativeByFormula, layerInScope, type Variant } from './variant.js';

export interface Evaluator {
  value(q: Quantity): number;
  /** Keys of the overridden quantities this value was computed from (empty: none of the student's numbers). */
  sources(q: Quantity): ReadonlySet<string>;
  /** The values q is computed from directly (net_h1's weights, inputs and bias; out_h1's net_h1); none when overridden. */
  ingredients(q: Quantity): number[];
}

interface Entry {
  value: number;
  /** Keys of the values this one was computed from directly (empty for an override). */
  inputs: string[];
  overridden: boolean;
}

const NO_OVERRIDES: ReadonlyMap<string, number> = new Map();

/** The position the source-major numbering gives weight (l, j, i) of the destination-major one. */
function transposedIndex(
  layers: readonly number[],
  l: number,
  j: number,
  i: number,
): { j: number; i: number } {
  const r = weightNumber(layers, l, j, i) - weightNumber(layers, l, 0, 0);
  const outputs = layers[l + 1]!;
  return { j: r % outputs, i: Math.floor(r / outputs) };
}

/** Maps a weight-indexed quantity written in source-major numbering to the destination-major one. */
function renameWeight(spec: ResolvedSpec, q: Quantity, swapped: (l: number) => boolean): Quantity {
  if (q.kind !== 'weight' && q.kind !== 'gradWeight' && q.kind !== 'stepWeight' && q.kind !== 'newWeight')
    return q;
  if (!swapped(q.l)) return q;
  const moved = transposedIndex(spec.layers, q.l, q.j, q.i);
  return { ...q, j: moved.j, i: moved.i };
}

/** Shared by the evaluators of one check: how many more values they may read (bounds the time a sheet takes). */
export interface WorkBudget {
  remaining: number;
}

/** Thrown when a WorkBudget runs out; caught by checkAnswers, which stops there and says so. */
export class WorkBudgetExceeded extends Error {
  constructor() {
    super('check work budget exceeded');
    this.name = 'WorkBudgetExceeded';
  }
}

export function createEvaluator(
  spec: ResolvedSpec,
  variant: Variant = {},
  overrides: ReadonlyMap<string, number> = NO_OVERRIDES,
  budget?: WorkBudget,
): Evaluator {
  const memo = new Map<string, Entry>();
  const frames: string[][] = [];
  const last = spec.layers.length - 2;
  // Which layers' weights the student read (or named) in the other numbering; none for most variants.
  const swapped = (l: number) =>
    variant.weightsNamedTransposed === true ||
    variant.weightsReadTransposed === true ||
    variant.weightsReadTransposed === l;
  const renamed = variant.weightsNamedTransposed || variant.weightsReadTransposed !== undefined;
  const weights =
    variant.weightsReadTransposed !== undefined ? transposedWeights(spec, swapped) : spec.weights;
  const overrideMap = renamed ? renameOverrides(spec, overrides, swapped) : overrides;

  function get(q: Quantity): number {
    if (budget && --budget.remaining < 0) throw new WorkBudgetExceeded();
    const key = quantityKey(q);
    let entry = memo.get(key);
    if (!entry) {
      if (overrideMap.has(key)) {
        entry = { value: overrideMap.get(key)!, inputs: [], overridden: true };
      } else {
        frames.push([]);
        const value = compute(q);
        entry = { value, inputs: frames.pop()!, overridden: false };
      }
      memo.set(key, entry);
    }
    frames[frames.length - 1]?.push(key);
    return entry.value;
  }

  const weightAt = (l: number, j: number, i: number, pass: Pass) =>
    get(pass === 0 ? { kind: 'weight', l, j, i } : { kind: 'newWeight', l, j, i });
  const biasAt = (l: number, j: number, pass: Pass) => {
    const shared = typeof spec.biases[l] === 'number';
    const ref = shared ? { l } : { l, j };
    return get(pass === 0 ? { kind: 'bias', ...ref } : { kind: 'newBias', ...ref });
  };
  const sourceOut = (l: number, i: number, pass: Pass) =>
    l === 0 ? get({ kind: 'input', i }) : get({ kind: 'out', l: l - 1, j: i, pass });
  const units = (l: number) => Array.from({ length: spec.layers[l + 1]! }, (_u, j) => j);
  // Read through get() so a target the student restated (wrongly) carries into what follows.
  const targets = (): Vector => spec.target.map((_t, j) => get({ kind: 'target', j }));
  const layerNet = (l: number, pass: Pass): Vector => units(l).map((j) => get({ kind: 'net', l, j, pass }));
  const layerOut = (l: number, pass: Pass): Vector => units(l).map((j) => get({ kind: 'out', l, j, pass }));
  const outputGradientTouched =
    variant.outputGradientOne ||
    variant.outputGradientFromNet ||
    (variant.outputGradientScale !== undefined && variant.outputGradientScale !== 1);

  function compute(q: Quantity): number {
    switch (q.kind) {
      case 'input':
        return spec.input[q.i]!;
      case 'target':
        return spec.target[q.j]!;
      case 'learningRate':
        return spec.learningRate;
      case 'weight':
        return weights[q.l]![q.j]![q.i]!;
      case 'bias': {
        const b = spec.biases[q.l]!;
        return typeof b === 'number' ? b : b[q.j ?? 0]!;
      }
      case 'net': {
        let z = biasAt(q.l, q.j, q.pass);
        for (let i = 0; i < spec.layers[q.l]!; i++)
          z += weightAt(q.l, q.j, i, q.pass) * sourceOut(q.l, i, q.pass);
        return z;
      }
      case 'out': {
        const activation = spec.activations[q.l]!;
        if (activation === 'softmax') return activate('softmax', layerNet(q.l, q.pass))[q.j]!;
        return activate(activation, [get({ kind: 'net', l: q.l, j: q.j, pass: q.pass })])[0]!;
      }
      case 'lossTerm': {
        const terms = lossValue(spec.loss, layerOut(last, q.pass), targets()).terms;
        return terms[q.j]! * (variant.lossScale ?? 1);
      }
      case 'loss': {
        let total = 0;
        for (const j of units(last)) total += get({ kind: 'lossTerm', j, pass: q.pass });
        return total;
      }
      case 'dE_dOut': {
        if (q.l < last) {
          let total = 0;
          for (const k of units(q.l + 1)) total += get({ kind: 'contribution', l: q.l, j: q.j, k });
          return total;
        }
        if (variant.outputGradientOne) return 1;
        const outs = variant.outputGradientFromNet ? layerNet(last, 0) : layerOut(last, 0);
        return lossGradient(spec.loss, outs, targets())[q.j]! * (variant.outputGradientScale ?? 1);
      }
      case 'contribution': {
        const w = variant.backwardWithUpdatedWeights
          ? weightAt(q.l + 1, q.k, q.j, 1)
          : weightAt(q.l + 1, q.k, q.j, 0);
        return get({ kind: 'delta', l: q.l + 1, j: q.k }) * w;
      }
      case 'dOut_dNet': {
        const activation = spec.activations[q.l]!;
        const net = get({ kind: 'net', l: q.l, j: q.j, pass: 0 });
        const out = get({ kind: 'out', l: q.l, j: q.j, pass: 0 });
        const layers = spec.layers.length - 1;
        if (variant.derivative && layerInScope(variant.derivative.layers, q.l, layers)) {
          return derivativeByFormula(variant.derivative.formula, net, out);
        }
        if (variant.derivativeFromNet && layerInScope(variant.derivativeFromNet, q.l, layers)) {
          return activationDerivative(activation, [net], [net])[0]!;
        }
        return activationDerivative(activation, [net], [out])[0]!;
      }
      case 'delta':
        return delta(q.l, q.j);
      case 'gradWeight': {
        const d = get({ kind: 'delta', l: q.l, j: q.j });
        if (variant.gradientWithoutSource) return d;
        if (q.l === 0) return d * get({ kind: 'input', i: q.i });
        const source = variant.gradientUsesSourceNet
          ? get({ kind: 'net', l: q.l - 1, j: q.i, pass: 0 })
          : get({ kind: 'out', l: q.l - 1, j: q.i, pass: 0 });
        return d * source;
      }
      case 'gradBias': {
        if (q.j !== undefined) return get({ kind: 'delta', l: q.l, j: q.j });
        let total = 0;
        for (const j of units(q.l)) total += get({ kind: 'delta', l: q.l, j });
        return total;
      }
      case 'stepWeight':
        return step(get({ kind: 'gradWeight', l: q.l, j: q.j, i: q.i }));
      case 'stepBias':
        return step(get({ kind: 'gradBias', l: q.l, ...(q.j === undefined ? {} : { j: q.j }) }));
      case 'newWeight': {
        const w = get({ kind: 'weight', l: q.l, j: q.j, i: q.i });
        const s = get({ kind: 'stepWeight', l: q.l, j: q.j, i: q.i });
        return variant.updateAdds ? w + s : w - s;
      }
      case 'newBias': {
        const ref = q.j === undefined ? { l: q.l } : { l: q.l, j: q.j };
        const b = get({ kind: 'bias', ...ref });
        if (spec.updateBiases === Boolean(variant.biasUpdateFlipped)) return b;
        const s = get({ kind: 'stepBias', ...ref });
        return variant.updateAdds ? b + s : b - s;
      }
    }
  }

  function step(gradient: number): number {
    return get({ kind: 'learningRate' }) * gradient * (variant.stepScale ?? 1);
  }

  function delta(l: number, j: number): number {
    const activation = spec.activations[l]!;
    if (l === last && activation === 'softmax') {
      const outs = layerOut(l, 0);
      if (spec.loss === 'cross_entropy' && !outputGradientTouched) {
        let targetSum = 0;
        const t = targets();
        for (const target of t) targetSum += target;
        return outs[j]! * targetSum - t[j]!;
      }
      // δ = Jᵀ·∂E/∂out for the softmax Jacobian J_kj = out_k(δ_kj − out_j).
      const g = units(l).map((k) => get({ kind: 'dE_dOut', l, j: k }));
      let weighted = 0;
      for (let k = 0; k < outs.length; k++) weighted += g[k]! * outs[k]!;
      return outs[j]! * (g[j]! - weighted);
    }
    return get({ kind: 'dE_dOut', l, j }) * get({ kind: 'dOut_dNet', l, j });
  }

  return {
    value: (q) => {
      frames.length = 0;
      return get(renamed ? renameWeight(spec, q, swapped) : q);
    },
    ingredients: (q) => {
      frames.length = 0;
      const start = renamed ? renameWeight(spec, q, swapped) : q;
      get(start);
      return memo.get(quantityKey(start))!.inputs.map((key) => memo.get(key)!.value);
    },
    sources: (q) => {
      frames.length = 0;
      const start = renamed ? renameWeight(spec, q, swapped) : q;
      get(start);
      // Walk the recorded inputs back to the overridden values.
      const found = new Set<string>();
      const seen = new Set<string>();
      const pending = [quantityKey(start)];
      while (pending.length > 0) {
        const key = pending.pop()!;
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = memo.get(key)!;
        if (entry.overridden) found.add(key);
        else pending.push(...entry.inputs);
      }
      return found;
    },
  };
}

/** The network a student computes after reading the weight list in the other numbering. */
function transposedWeights(spec: ResolvedSpec, swapped: (l: number) => boolean): Matrix[] {
  return spec.weights.map((W, l) =>
    !swapped(l)
      ? W
      : W.map((row, j) =>
          row.map((_w, i) => {
            // The student's weight at (j, i) is the listed number at the source-major position of (j, i).
            const r = i * spec.layers[l + 1]! + j;
            return W[Math.floor(r / spec.layers[l]!)]![r % spec.layers[l]!]!;
          }),
        ),
  );
}

function renameOverrides(
  spec: ResolvedSpec,
  overrides: ReadonlyMap<string, number>,
  swapped: (l: number) => boolean,
): ReadonlyMap<string, number> {
  const result = new Map<string, number>();
  for (const [key, value] of overrides) {
    const [kind, l, j, i] = key.split(':');
    if (
      (kind === 'weight' || kind === 'gradWeight' || kind === 'stepWeight' || kind === 'newWeight') &&
      i !== undefined &&
      swapped(Number(l))
    ) {
      const moved = transposedIndex(spec.layers, Number(l), Number(j), Number(i));
      result.set(`${kind}:${l}:${moved.j}:${moved.i}`, value);
    } else result.set(key, value);
  }
  return result;
}
