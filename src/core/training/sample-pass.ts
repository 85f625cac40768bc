// Forward and backward pass of one sample on flat parameters, into buffers allocated once: the
// inner loop of training on a data set (the same rules as forward.ts and backward.ts).
import { ACTIVATIONS, softmax } from '../records/activation-records.js';
import { LOSSES } from '../records/loss-records.js';
import { logSigmoid } from '../losses.js';
import type { ActivationName, LossName, Vector } from '../types.js';
import type { ParameterLayout } from './parameters.js';

export class SamplePass {
  readonly net: Float64Array[];
  readonly out: Float64Array[];
  private readonly delta: Float64Array[];
  private readonly last: number;

  constructor(
    private readonly layout: ParameterLayout,
    private readonly activations: readonly ActivationName[],
    private readonly loss: LossName,
  ) {
    const sizes = layout.layers.slice(1);
    this.net = sizes.map((n) => new Float64Array(n));
    this.out = sizes.map((n) => new Float64Array(n));
    this.delta = sizes.map((n) => new Float64Array(n));
    this.last = sizes.length - 1;
  }

  forward(theta: Float64Array, input: readonly number[]): void {
    const { layers, weightOffset, biasOffset, sharedBias } = this.layout;
    let previous: ArrayLike<number> = input;
    for (let l = 0; l <= this.last; l++) {
      const cols = layers[l]!;
      const net = this.net[l]!;
      const out = this.out[l]!;
      const w0 = weightOffset[l]!;
      const b0 = biasOffset[l]!;
      for (let j = 0; j < net.length; j++) {
        let z = theta[sharedBias[l] ? b0 : b0 + j]!;
        const row = w0 + j * cols;
        for (let i = 0; i < cols; i++) z += theta[row + i]! * previous[i]!;
        net[j] = z;
      }
      const record = ACTIVATIONS[this.activations[l]!];
      if (record.unit) {
        const value = record.unit.value;
        for (let j = 0; j < net.length; j++) out[j] = value(net[j]!);
      } else {
        out.set(softmax(Array.from(net)));
      }
      previous = out;
    }
  }

  /** This sample's loss after forward(), computed stably from the pre-activations as losses.ts does. */
  sampleLoss(target: readonly number[]): number {
    const net = this.net[this.last]!;
    const out = this.out[this.last]!;
    const n = out.length;
    const activation = this.activations[this.last]!;
    let total = 0;
    if ((this.loss === 'bce' || this.loss === 'cross_entropy') && activation === 'sigmoid') {
      for (let j = 0; j < n; j++) {
        const t = target[j]!;
        const logO = logSigmoid(net[j]!);
        if (this.loss === 'cross_entropy') total += t === 0 ? 0 : -t * logO;
        else total += -((t === 0 ? 0 : t * logO) + (t === 1 ? 0 : (1 - t) * logSigmoid(-net[j]!))) / n;
      }
      return total;
    }
    if (this.loss === 'cross_entropy' && activation === 'softmax') {
      let max = -Infinity;
      for (let j = 0; j < n; j++) if (net[j]! > max) max = net[j]!;
      let sum = 0;
      for (let j = 0; j < n; j++) sum += Math.exp(net[j]! - max);
      const logSumExp = max + Math.log(sum);
      for (let j = 0; j < n; j++) if (target[j] !== 0) total += -target[j]! * (net[j]! - logSumExp);
      return total;
    }
    const record = LOSSES[this.loss];
    for (let j = 0; j < n; j++) total += record.term(out[j]!, target[j]!, n);
    return total;
  }

  /** Adds scale·∂E/∂θ of this sample (after forward()) into grad. */
  backward(
    theta: Float64Array,
    input: readonly number[],
    target: readonly number[],
    scale: number,
    grad: Float64Array,
  ): void {
    const { layers, weightOffset, biasOffset, sharedBias } = this.layout;
    const last = this.last;
    this.outputDelta(target);
    for (let l = last - 1; l >= 0; l--) {
      const units = layers[l + 1]!;
      const nextRows = layers[l + 2]!;
      const next = this.delta[l + 1]!;
      const w0 = weightOffset[l + 1]!;
      const delta = this.delta[l]!;
      const slope = ACTIVATIONS[this.activations[l]!].unit!.slope;
      const net = this.net[l]!;
      const out = this.out[l]!;
      for (let j = 0; j < units; j++) {
        // ∂E/∂out_j = Σ_k δ_k · w_kj
        let g = 0;
        for (let k = 0; k < nextRows; k++) g += next[k]! * theta[w0 + k * units + j]!;
        delta[j] = g * slope(net[j]!, out[j]!);
      }
    }
    for (let l = 0; l <= last; l++) {
      const cols = layers[l]!;
      const previous: ArrayLike<number> = l === 0 ? input : this.out[l - 1]!;
      const delta = this.delta[l]!;
      const w0 = weightOffset[l]!;
      const b0 = biasOffset[l]!;
      for (let j = 0; j < delta.length; j++) {
        const d = scale * delta[j]!;
        const row = w0 + j * cols;
        for (let i = 0; i < cols; i++) grad[row + i] = grad[row + i]! + d * previous[i]!;
        // a shared bias feeds every unit of its layer, so its gradient sums their deltas
        const b = sharedBias[l] ? b0 : b0 + j;
        grad[b] = grad[b]! + d;
      }
    }
  }

  /** δ of the output layer, with the exact combined rules of backward.ts. */
  private outputDelta(target: readonly number[]): void {
    const l = this.last;
    const net = this.net[l]!;
    const out = this.out[l]!;
    const delta = this.delta[l]!;
    const n = out.length;
    const activation = this.activations[l]!;
    if (activation === 'softmax' && this.loss === 'cross_entropy') {
      let targetSum = 0;
      for (let j = 0; j < n; j++) targetSum += target[j]!;
      for (let j = 0; j < n; j++) delta[j] = out[j]! * targetSum - target[j]!;
      return;
    }
    if (activation === 'sigmoid' && this.loss === 'bce') {
      for (let j = 0; j < n; j++) delta[j] = (out[j]! - target[j]!) / n;
      return;
    }
    const loss = LOSSES[this.loss];
    if (activation === 'softmax') {
      const g: Vector = new Array<number>(n);
      let weighted = 0;
      for (let k = 0; k < n; k++) {
        g[k] = loss.gradient(out[k]!, target[k]!, n);
        weighted += g[k]! * out[k]!;
      }
      for (let j = 0; j < n; j++) delta[j] = out[j]! * (g[j]! - weighted);
      return;
    }
    const slope = ACTIVATIONS[activation].unit!.slope;
    for (let j = 0; j < n; j++) delta[j] = loss.gradient(out[j]!, target[j]!, n) * slope(net[j]!, out[j]!);
  }
}
