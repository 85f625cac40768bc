// Activations and gradients layer by layer through a deep plain net at initialisation (Glorot & Bengio 2010, fig. 3–7).
import { type InitScheme, sampleWeight } from './init-schemes.js';
import { createSeededRandom } from './seeded-random.js';

export type DeepNetActivation = 'tanh' | 'relu' | 'sigmoid';

export interface DeepNetOptions {
  activation: DeepNetActivation;
  scheme: InitScheme;
  /** Hidden layers (default 10). */
  depth?: number;
  /** Units per layer, input included (default 128). */
  width?: number;
  /** Samples x ~ N(0, 1) pushed through together (default 32). */
  batch?: number;
  seed?: number;
  /** Also run the backward pass (default true); the activation figures do not need it. */
  gradients?: boolean;
}

export interface DeepNetStatistics {
  /** Standard deviation of the outputs of hidden layer l+1, over the batch and the units. */
  activationStd: number[];
  /** Root mean square of ∂E/∂W of layer l+1 for a random N(0, 1) gradient arriving at the top (empty without `gradients`). */
  weightGradientRms: number[];
  /** Fraction of outputs with |f′(z)| < 0.05·max f′ (saturated units; dead units for ReLU). */
  saturatedFraction: number[];
}

const DEFAULTS = { depth: 10, width: 128, batch: 32, seed: 1 } as const;

function apply(activation: DeepNetActivation, z: number): number {
  if (activation === 'tanh') return Math.tanh(z);
  if (activation === 'relu') return z > 0 ? z : 0;
  return 1 / (1 + Math.exp(-z));
}

/** f′(z) written from the output a = f(z), like the chain rule in homework. */
function derivativeFromOutput(activation: DeepNetActivation, z: number, a: number): number {
  if (activation === 'tanh') return 1 - a * a;
  if (activation === 'relu') return z > 0 ? 1 : 0;
  return a * (1 - a);
}

const maxDerivative: Record<DeepNetActivation, number> = { tanh: 1, relu: 1, sigmoid: 0.25 };

function std(values: Float64Array): number {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let sum = 0;
  for (const v of values) sum += (v - mean) * (v - mean);
  return Math.sqrt(sum / values.length);
}

/** Pushes a seeded batch through `depth` square layers (biases 0) and back; weights from `scheme`. */
export function deepNetStatistics(options: DeepNetOptions): DeepNetStatistics {
  const depth = options.depth ?? DEFAULTS.depth;
  const width = options.width ?? DEFAULTS.width;
  const batch = options.batch ?? DEFAULTS.batch;
  const random = createSeededRandom(options.seed ?? DEFAULTS.seed);
  const { activation } = options;

  const input = new Float64Array(batch * width);
  for (let i = 0; i < input.length; i++) input[i] = random.normal();
  // weights[l][j * width + i]: into unit j from unit i
  const weights: Float64Array[] = [];
  for (let l = 0; l < depth; l++) {
    const w = new Float64Array(width * width);
    for (let k = 0; k < w.length; k++) w[k] = sampleWeight(options.scheme, width, width, random);
    weights.push(w);
  }

  const outputs: Float64Array[] = [input];
  const derivatives: Float64Array[] = [];
  const activationStd: number[] = [];
  const saturatedFraction: number[] = [];
  for (let l = 0; l < depth; l++) {
    const previous = outputs[l]!;
    const w = weights[l]!;
    const out = new Float64Array(batch * width);
    const derivative = new Float64Array(batch * width);
    let saturated = 0;
    for (let s = 0; s < batch; s++) {
      for (let j = 0; j < width; j++) {
        let z = 0;
        for (let i = 0; i < width; i++) z += w[j * width + i]! * previous[s * width + i]!;
        const a = apply(activation, z);
        const d = derivativeFromOutput(activation, z, a);
        out[s * width + j] = a;
        derivative[s * width + j] = d;
        if (d < 0.05 * maxDerivative[activation]) saturated++;
      }
    }
    outputs.push(out);
    derivatives.push(derivative);
    activationStd.push(std(out));
    saturatedFraction.push(saturated / out.length);
  }

  if (options.gradients === false) return { activationStd, weightGradientRms: [], saturatedFraction };
  // backward: ∂E/∂a at the top is N(0, 1); δ = ∂E/∂a · f′(z); ∂E/∂a below = Wᵀδ
  let dOut = new Float64Array(batch * width);
  for (let k = 0; k < dOut.length; k++) dOut[k] = random.normal();
  const weightGradientRms = new Array<number>(depth).fill(0);
  for (let l = depth - 1; l >= 0; l--) {
    const delta = new Float64Array(batch * width);
    const derivative = derivatives[l]!;
    for (let k = 0; k < delta.length; k++) delta[k] = dOut[k]! * derivative[k]!;
    const previous = outputs[l]!;
    let sumSquares = 0;
    for (let j = 0; j < width; j++) {
      for (let i = 0; i < width; i++) {
        let g = 0;
        for (let s = 0; s < batch; s++) g += delta[s * width + j]! * previous[s * width + i]!;
        g /= batch;
        sumSquares += g * g;
      }
    }
    weightGradientRms[l] = Math.sqrt(sumSquares / (width * width));
    const w = weights[l]!;
    const below = new Float64Array(batch * width);
    for (let s = 0; s < batch; s++) {
      for (let j = 0; j < width; j++) {
        const d = delta[s * width + j]!;
        if (d === 0) continue;
        for (let i = 0; i < width; i++) below[s * width + i]! += d * w[j * width + i]!;
      }
    }
    dOut = below;
  }
  return { activationStd, weightGradientRms, saturatedFraction };
}
