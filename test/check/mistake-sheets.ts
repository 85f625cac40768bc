// Generates answer sheets that make one catalogued mistake, on a few networks (the fixtures of the diagnosis tests).
import { resolveSpec, type NetworkSpec, type ResolvedSpec } from '../../src/core/index.js';
import { classicNetwork } from '../helpers/classic-network.js';
import { createEvaluator } from '../../src/check/evaluator.js';
import { MISTAKE_IDS, mistakeForms, type MistakeForm, type MistakeId } from '../../src/check/mistakes.js';
import { quantityKey, quantityName, type Quantity } from '../../src/check/quantities.js';

/** Networks on which the catalogued mistakes give different numbers (η ≠ 0.5, several outputs, a hidden layer). */
export const MISTAKE_NETWORKS: Record<string, NetworkSpec> = {
  'course-2-2-2': classicNetwork({ learningRate: 0.3, updateBiases: true }),
  'tanh-2-3-2': {
    layers: [2, 3, 2],
    activations: ['tanh', 'sigmoid'],
    weights: [
      [
        [0.1, -0.2],
        [0.4, 0.3],
        [-0.5, 0.2],
      ],
      [
        [0.3, -0.1, 0.2],
        [-0.4, 0.25, 0.6],
      ],
    ],
    biases: [
      [0.1, -0.1, 0.05],
      [0.2, -0.3],
    ],
    input: [0.6, -0.4],
    target: [1, 0],
    loss: 'half_sse',
    learningRate: 0.1,
    updateBiases: false,
  },
  'deep-2-2-3-3': {
    layers: [2, 2, 3, 3],
    activations: ['sigmoid', 'tanh', 'sigmoid'],
    weights: [
      [
        [0.2, -0.3],
        [0.4, 0.1],
      ],
      [
        [0.3, 0.5],
        [-0.2, 0.4],
        [0.6, -0.1],
      ],
      [
        [0.7, -0.4, 0.2],
        [0.1, 0.3, -0.5],
        [-0.6, 0.2, 0.4],
      ],
    ],
    biases: [0.1, 0.2, [0.05, -0.05, 0.1]],
    input: [1, 0.5],
    target: [0.2, 0.8, 0.4],
    loss: 'mse',
    learningRate: 0.7,
    updateBiases: true,
  },
};

export function networkNamed(name: string): ResolvedSpec {
  const resolved = resolveSpec(MISTAKE_NETWORKS[name]);
  if (!resolved.ok) throw new Error(`network ${name} does not resolve`);
  return resolved.value;
}

/** The quantities a full worked solution states, in the order a student writes them. */
export function worksheetQuantities(spec: ResolvedSpec): Quantity[] {
  const layers = spec.layers.length - 1;
  const qs: Quantity[] = [];
  const units = (l: number) => Array.from({ length: spec.layers[l + 1]! }, (_u, j) => j);
  for (let l = 0; l < layers; l++) {
    for (const j of units(l)) qs.push({ kind: 'net', l, j, pass: 0 }, { kind: 'out', l, j, pass: 0 });
  }
  for (const j of units(layers - 1)) qs.push({ kind: 'lossTerm', j, pass: 0 });
  qs.push({ kind: 'loss', pass: 0 });
  for (let l = layers - 1; l >= 0; l--) {
    for (const j of units(l))
      qs.push({ kind: 'dE_dOut', l, j }, { kind: 'dOut_dNet', l, j }, { kind: 'delta', l, j });
    for (const j of units(l))
      for (let i = 0; i < spec.layers[l]!; i++) qs.push({ kind: 'gradWeight', l, j, i });
    const bias = spec.biases[l]!;
    if (typeof bias === 'number') qs.push({ kind: 'gradBias', l });
    else for (const j of units(l)) qs.push({ kind: 'gradBias', l, j });
  }
  for (let l = 0; l < layers; l++) {
    for (const j of units(l))
      for (let i = 0; i < spec.layers[l]!; i++) qs.push({ kind: 'newWeight', l, j, i });
    const bias = spec.biases[l]!;
    if (typeof bias === 'number') qs.push({ kind: 'newBias', l });
    else for (const j of units(l)) qs.push({ kind: 'newBias', l, j });
  }
  for (const j of units(layers - 1)) qs.push({ kind: 'out', l: layers - 1, j, pass: 1 });
  qs.push({ kind: 'loss', pass: 1 });
  return qs;
}

/** How a student writes the name: the canonical one, with ∂ and δ spelled the usual way. */
function writtenName(q: Quantity, spec: ResolvedSpec): string {
  const name = quantityName(q, spec);
  if (q.kind === 'delta') return name.replace(/^delta_(.+)$/, '∂E/∂net_$1');
  return name
    .replace(/^dE\//, '∂E/∂')
    .replace(/^dout_(.+)\/dnet_/, '∂out_$1/∂net_')
    .replace(/^∂E\/∂d/, '∂E/∂');
}

function written(value: number): string {
  return value.toPrecision(7);
}

/** A worked solution with the mistake in it, seven significant digits per number. */
export function mistakeSheet(spec: ResolvedSpec, form: MistakeForm, networkName: string): string {
  const lines = [
    `Worked solution making the mistake ${form.id} (form ${form.form}) on the network ${networkName}`,
  ];
  // Like a student, each number is computed from the rounded numbers already written.
  const ownNumbers = new Map<string, number>();
  for (const q of worksheetQuantities(spec)) {
    const text = written(createEvaluator(spec, form.variant, ownNumbers).value(q));
    ownNumbers.set(quantityKey(q), Number(text));
    lines.push(`${writtenName(q, spec)} = ${text}`);
  }
  return lines.join('\n') + '\n';
}

export function formsOf(spec: ResolvedSpec): MistakeForm[] {
  return mistakeForms(spec);
}

/** The network the committed fixture of each mistake uses (all of them fit the course network). */
export const FIXTURE_NETWORK = 'course-2-2-2';

/** One sheet per catalogued mistake: its first form on the course network. */
export function representativeSheets(): { id: MistakeId; network: string; text: string }[] {
  const spec = networkNamed(FIXTURE_NETWORK);
  const forms = formsOf(spec);
  return MISTAKE_IDS.map((id) => {
    const form = forms.find((f) => f.id === id);
    if (!form) throw new Error(`no form of ${id} on ${FIXTURE_NETWORK}`);
    return { id, network: FIXTURE_NETWORK, text: mistakeSheet(spec, form, FIXTURE_NETWORK) };
  });
}
