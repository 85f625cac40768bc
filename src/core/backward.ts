// The backward pass: δ = ∂E/∂net per layer, then ∂E/∂W and ∂E/∂b, with every chain-rule factor kept.
import { activationDerivative } from './activations.js';
import type { ForwardResult } from './forward.js';
import { lossGradient } from './losses.js';
import type { DeltaRule, LayerBias, Matrix, ResolvedSpec, Vector } from './types.js';

export interface BackwardResult {
  dE_dOut: Matrix;
  dOut_dNet: Matrix;
  deltaRule: DeltaRule[];
  delta: Matrix;
  gradWeights: Matrix[];
  gradBiases: LayerBias[];
}

type BackwardSpec = Pick<ResolvedSpec, 'activations' | 'input' | 'target' | 'loss' | 'biases'>;

/** δ of the output layer from ∂E/∂out, choosing the exact combined rule where one exists. */
function outputDelta(
  spec: BackwardSpec,
  out: Vector,
  dE_dOut: Vector,
  dOut_dNet: Vector,
): { rule: DeltaRule; delta: Vector } {
  const activation = spec.activations[spec.activations.length - 1]!;
  const target = spec.target;
  if (activation === 'softmax' && spec.loss === 'cross_entropy') {
    let targetSum = 0;
    for (const t of target) targetSum += t;
    return { rule: 'softmax_cross_entropy', delta: out.map((o, j) => o * targetSum - target[j]!) };
  }
  if (activation === 'sigmoid' && spec.loss === 'bce') {
    return { rule: 'sigmoid_binary_cross_entropy', delta: out.map((o, j) => (o - target[j]!) / out.length) };
  }
  if (activation === 'softmax')
    return { rule: 'softmax_jacobian', delta: softmaxJacobianProduct(out, dE_dOut) };
  return { rule: 'elementwise', delta: dE_dOut.map((g, j) => g * dOut_dNet[j]!) };
}

/** Jᵀg for J_kj = out_k(δ_kj − out_j): δ_j = out_j·(g_j − Σ_k g_k·out_k). */
function softmaxJacobianProduct(out: Vector, g: Vector): Vector {
  let weighted = 0;
  for (let k = 0; k < out.length; k++) weighted += g[k]! * out[k]!;
  return out.map((o, j) => o * (g[j]! - weighted));
}

export function backwardPass(spec: BackwardSpec, forward: ForwardResult, weights: Matrix[]): BackwardResult {
  const layerCount = weights.length;
  const dE_dOut: Matrix = new Array(layerCount);
  const dOut_dNet: Matrix = new Array(layerCount);
  const deltaRule: DeltaRule[] = new Array(layerCount);
  const delta: Matrix = new Array(layerCount);

  const last = layerCount - 1;
  const outLast = forward.out[last]!;
  dE_dOut[last] = lossGradient(spec.loss, outLast, spec.target);
  dOut_dNet[last] = activationDerivative(spec.activations[last]!, forward.net[last]!, outLast);
  const output = outputDelta(spec, outLast, dE_dOut[last]!, dOut_dNet[last]!);
  deltaRule[last] = output.rule;
  delta[last] = output.delta;

  for (let l = last - 1; l >= 0; l--) {
    const next = weights[l + 1]!;
    const nextDelta = delta[l + 1]!;
    const units = forward.out[l]!.length;
    // ∂E/∂out_j = Σ_k δ_k · w_kj: every path from unit j to the loss.
    const g: Vector = new Array(units).fill(0);
    for (let k = 0; k < next.length; k++) {
      const row = next[k]!;
      const d = nextDelta[k]!;
      for (let j = 0; j < units; j++) g[j] = g[j]! + d * row[j]!;
    }
    dE_dOut[l] = g;
    dOut_dNet[l] = activationDerivative(spec.activations[l]!, forward.net[l]!, forward.out[l]!);
    deltaRule[l] = 'elementwise';
    delta[l] = g.map((v, j) => v * dOut_dNet[l]![j]!);
  }

  const gradWeights: Matrix[] = weights.map((W, l) => {
    const previous = l === 0 ? spec.input : forward.out[l - 1]!;
    return W.map((_row, j) => previous.map((x) => delta[l]![j]! * x));
  });
  // A shared bias feeds every unit of its layer, so its gradient sums their deltas.
  const gradBiases: LayerBias[] = spec.biases.map((bias, l) =>
    typeof bias === 'number' ? delta[l]!.reduce((a, b) => a + b, 0) : [...delta[l]!],
  );
  return { dE_dOut, dOut_dNet, deltaRule, delta, gradWeights, gradBiases };
}
