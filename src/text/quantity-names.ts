// A /check quantity written in a course's notation (`notation:`), so the report's rows read like the walkthrough.
import type { ResolvedSpec } from '../core/types.js';
import { allQuantities, quantityName, type Quantity } from '../check/quantities.js';
import { notationFor, type NotationName } from './notations.js';

type Shape = Pick<ResolvedSpec, 'layers' | 'biases'>;

/** Every quantity a report row can name, by its canonical (classic) name. */
function quantitiesByName(spec: Shape): Map<string, Quantity> {
  const all: Quantity[] = [...allQuantities(spec, 0), ...allQuantities(spec, 1), { kind: 'learningRate' }];
  const layers = spec.layers;
  for (let i = 0; i < layers[0]!; i++) all.push({ kind: 'input', i });
  for (let j = 0; j < layers.at(-1)!; j++) all.push({ kind: 'target', j });
  for (let l = 0; l + 1 < layers.length; l++) {
    const shared = typeof spec.biases[l] === 'number';
    all.push(...(shared ? [{ kind: 'bias' as const, l }] : []));
    for (let j = 0; j < layers[l + 1]!; j++) {
      if (!shared) all.push({ kind: 'bias', l, j });
      for (let i = 0; i < layers[l]!; i++) all.push({ kind: 'weight', l, j, i });
      for (let k = 0; l + 2 < layers.length && k < layers[l + 2]!; k++)
        all.push({ kind: 'contribution', l, j, k });
    }
  }
  return new Map(all.map((q) => [quantityName(q, spec), q]));
}

/** The quantity's name in the notation: a_h1, z⁽¹⁾₁, ∂E/∂w5, Δw5 (course), w5+; classic keeps the canonical name. */
function inNotation(q: Quantity, spec: Shape, name: Exclude<NotationName, 'classic'>): string {
  const n = notationFor(name, spec.layers);
  const after = 'pass' in q && q.pass === 1 ? '+' : '';
  const shared = (l: number) => typeof spec.biases[l] === 'number';
  const weight = (l: number, j: number, i: number) => n.weight(l, j, i);
  const bias = (l: number, j: number | undefined) => n.bias(l, shared(l) || j === undefined, j);
  const step = (symbol: string) => (name === 'course' ? `Δ${symbol}` : `η·∂E/∂${symbol}`);
  switch (q.kind) {
    case 'input':
      return n.out(0, q.i);
    case 'target':
      return `t${q.j + 1}`;
    case 'learningRate':
      return 'η';
    case 'weight':
      return weight(q.l, q.j, q.i);
    case 'bias':
      return bias(q.l, q.j);
    case 'net':
      return `${n.net(q.l + 1, q.j)}${after}`;
    case 'out':
      return `${n.out(q.l + 1, q.j)}${after}`;
    case 'lossTerm':
      return `${n.lossTerm(q.j)}${after}`;
    case 'loss':
      return `${n.total}${after}`;
    case 'dE_dOut':
      return `∂E/∂${n.out(q.l + 1, q.j)}`;
    case 'dOut_dNet':
      return `∂${n.out(q.l + 1, q.j)}/∂${n.net(q.l + 1, q.j)}`;
    case 'delta':
      return n.delta(q.l + 1, q.j);
    case 'contribution':
      return `∂E/∂${n.net(q.l + 2, q.k)}·∂${n.net(q.l + 2, q.k)}/∂${n.out(q.l + 1, q.j)}`;
    case 'gradWeight':
      return `∂E/∂${weight(q.l, q.j, q.i)}`;
    case 'gradBias':
      return `∂E/∂${bias(q.l, q.j)}`;
    case 'stepWeight':
      return step(weight(q.l, q.j, q.i));
    case 'stepBias':
      return step(bias(q.l, q.j));
    case 'newWeight':
      return `${weight(q.l, q.j, q.i)}+`;
    case 'newBias':
      return `${bias(q.l, q.j)}+`;
  }
}

/**
 * Names a report's quantities (their canonical names, as in `--json`) in a notation; a name it does not know
 * is shown as it is.
 */
export function quantityNamer(spec: Shape, notation: NotationName): (canonical: string) => string {
  if (notation === 'classic') return (canonical) => canonical;
  const byName = quantitiesByName(spec);
  return (canonical) => {
    const q = byName.get(canonical);
    return q ? inNotation(q, spec, notation) : canonical;
  };
}
