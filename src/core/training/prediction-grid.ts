// The class a 2-input network predicts over a grid of the plane: what a decision-boundary picture shades.
import type { LayerBias, Matrix, ResolvedSpec, Vector } from '../types.js';
import { packParameters, parameterLayout } from './parameters.js';
import { SamplePass } from './sample-pass.js';

export interface PredictionGrid {
  columns: number;
  rows: number;
  /** Row-major from the top row (largest y): the predicted class of each cell. */
  classes: number[];
  /** How sure the network is there: the winning output (one output: |o − 0.5|·2). */
  confidence: number[];
}

/** The class a sample's target or a network's output stands for: one output ≥ 0.5 → 1, else the largest. */
export function classOf(values: readonly number[] | Float64Array): number {
  if (values.length === 1) return values[0]! >= 0.5 ? 1 : 0;
  let best = 0;
  for (let j = 1; j < values.length; j++) if (values[j]! > values[best]!) best = j;
  return best;
}

/** The plane around the samples with a margin, for 2-input data sets. */
export function planeAround(inputs: readonly Vector[]): { x: [number, number]; y: [number, number] } {
  const xs = inputs.map((v) => v[0]!);
  const ys = inputs.map((v) => v[1]!);
  const pad = (low: number, high: number): [number, number] => {
    const margin = Math.max(0.25, (high - low) * 0.15);
    return [low - margin, high + margin];
  };
  return { x: pad(Math.min(...xs), Math.max(...xs)), y: pad(Math.min(...ys), Math.max(...ys)) };
}

export function predictionGrid(
  spec: ResolvedSpec,
  parameters: { weights: Matrix[]; biases: LayerBias[] },
  plane: { x: [number, number]; y: [number, number] },
  size: { columns: number; rows: number },
): PredictionGrid {
  const layout = parameterLayout(spec.layers, parameters.biases, spec.updateBiases);
  const pass = new SamplePass(layout, spec.activations, spec.loss);
  const theta = packParameters(layout, parameters.weights, parameters.biases);
  const classes: number[] = [];
  const confidence: number[] = [];
  const point = [0, 0];
  for (let r = 0; r < size.rows; r++) {
    point[1] = plane.y[1] - ((r + 0.5) / size.rows) * (plane.y[1] - plane.y[0]);
    for (let c = 0; c < size.columns; c++) {
      point[0] = plane.x[0] + ((c + 0.5) / size.columns) * (plane.x[1] - plane.x[0]);
      pass.forward(theta, point);
      const out = pass.out[pass.out.length - 1]!;
      const cls = classOf(out);
      classes.push(cls);
      confidence.push(out.length === 1 ? Math.min(1, Math.abs(out[0]! - 0.5) * 2) : out[cls]!);
    }
  }
  return { columns: size.columns, rows: size.rows, classes, confidence };
}
