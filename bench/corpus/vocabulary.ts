// The corpus keys' one vocabulary of quantities (test/fixtures/real-world/README.md), read into the checker's Quantity.
import type { ResolvedSpec } from '../../src/core/index.js';
import type { Quantity } from '../../src/check/quantities.js';

/** A key's quantity read structurally: which number of the network it is, independent of any page's naming. */
export interface KeyQuantity {
  quantity: Quantity;
}

type Shape = Pick<ResolvedSpec, 'layers'>;

/** `i1` → layer 0 unit 0; `h2` → layer 1 (one hidden layer); `h2_3` → hidden layer 2 unit 3; `o1` → last layer. */
export function readUnit(name: string, spec: Shape): { layer: number; unit: number } | undefined {
  const last = spec.layers.length - 1;
  let m = /^i(\d+)$/.exec(name);
  if (m) return check(0, Number(m[1]) - 1);
  m = /^o(\d+)$/.exec(name);
  if (m) return check(last, Number(m[1]) - 1);
  m = /^h(\d+)_(\d+)$/.exec(name);
  if (m && last > 2) return check(Number(m[1]), Number(m[2]) - 1);
  m = /^h(\d+)$/.exec(name);
  if (m && last === 2) return check(1, Number(m[1]) - 1);
  return undefined;

  function check(layer: number, unit: number) {
    return layer >= 0 && layer <= last && unit >= 0 && unit < spec.layers[layer]!
      ? { layer, unit }
      : undefined;
  }
}

function weightOf(text: string, spec: Shape): { l: number; j: number; i: number } | undefined {
  const m = /^w\.(\w+)-(\w+)$/.exec(text);
  if (!m) return undefined;
  const from = readUnit(m[1]!, spec);
  const to = readUnit(m[2]!, spec);
  if (!from || !to || to.layer !== from.layer + 1) return undefined;
  return { l: from.layer, j: to.unit, i: from.unit };
}

function biasOf(text: string, spec: Shape): { l: number; j?: number } | undefined {
  const shared = /^b\.L(\d+)$/.exec(text);
  if (shared) {
    const l = Number(shared[1]) - 1;
    return l >= 0 && l < spec.layers.length - 1 ? { l } : undefined;
  }
  const m = /^b\.(\w+)$/.exec(text);
  if (!m) return undefined;
  const unit = readUnit(m[1]!, spec);
  if (!unit || unit.layer === 0) return undefined;
  return { l: unit.layer - 1, j: unit.unit };
}

/** Reads one key quantity (`out.h1`, `net.o2+`, `E`, `dE/dw.h1-o1`, `new.b.L2`, …); undefined when it is not one. */
export function readKeyQuantity(text: string, spec: Shape): Quantity | undefined {
  const after = text.endsWith('+') ? 1 : 0;
  const body = after ? text.slice(0, -1) : text;
  if (body === 'eta') return after ? undefined : { kind: 'learningRate' };
  if (body === 'E') return { kind: 'loss', pass: after };
  let m = /^E\.o(\d+)$/.exec(body);
  if (m) {
    const j = Number(m[1]) - 1;
    return j < spec.layers[spec.layers.length - 1]! ? { kind: 'lossTerm', j, pass: after } : undefined;
  }
  m = /^(net|out)\.(\w+)$/.exec(body);
  if (m) {
    const unit = readUnit(m[2]!, spec);
    if (!unit || unit.layer === 0) return undefined;
    return { kind: m[1] as 'net' | 'out', l: unit.layer - 1, j: unit.unit, pass: after };
  }
  if (after) return undefined;
  m = /^x\.(i\d+)$/.exec(body);
  if (m) {
    const unit = readUnit(m[1]!, spec);
    return unit && unit.layer === 0 ? { kind: 'input', i: unit.unit } : undefined;
  }
  m = /^t\.(o\d+)$/.exec(body);
  if (m) {
    const unit = readUnit(m[1]!, spec);
    return unit ? { kind: 'target', j: unit.unit } : undefined;
  }
  m = /^(dE\/dout|dout\/dnet|delta)\.(\w+)$/.exec(body);
  if (m) {
    const unit = readUnit(m[2]!, spec);
    if (!unit || unit.layer === 0) return undefined;
    const kind = m[1] === 'dE/dout' ? 'dE_dOut' : m[1] === 'dout/dnet' ? 'dOut_dNet' : 'delta';
    return { kind, l: unit.layer - 1, j: unit.unit };
  }
  m = /^contrib\.(\w+)-(\w+)$/.exec(body);
  if (m) {
    const to = readUnit(m[1]!, spec);
    const from = readUnit(m[2]!, spec);
    if (!to || !from || from.layer === 0 || to.layer !== from.layer + 1) return undefined;
    return { kind: 'contribution', l: from.layer - 1, j: from.unit, k: to.unit };
  }
  const prefixes: [
    string,
    'weight' | 'gradWeight' | 'stepWeight' | 'newWeight',
    'bias' | 'gradBias' | 'stepBias' | 'newBias',
  ][] = [
    ['dE/d', 'gradWeight', 'gradBias'],
    ['step.', 'stepWeight', 'stepBias'],
    ['new.', 'newWeight', 'newBias'],
    ['', 'weight', 'bias'],
  ];
  for (const [prefix, weightKind, biasKind] of prefixes) {
    if (!body.startsWith(prefix)) continue;
    const rest = body.slice(prefix.length);
    const w = weightOf(rest, spec);
    if (w) return { kind: weightKind, ...w };
    const b = biasOf(rest, spec);
    if (b) return b.j === undefined ? { kind: biasKind, l: b.l } : { kind: biasKind, l: b.l, j: b.j };
  }
  return undefined;
}
