// What a name claiming a whole vector or matrix means (`z_1 = [4.3, 5.3]`, `dL/dW2 = [[5.25 0.]]`, `a^{(2)}`):
// one layer's values, or one layer's weight matrix, each element a quantity. Several readings when the name allows them.
import type { ResolvedSpec } from '../core/index.js';
import { compactName, type Meaning, type MeaningNote } from './names.js';
import type { Quantity } from './quantities.js';

type LayerKind =
  'input' | 'net' | 'out' | 'delta' | 'dE_dOut' | 'dOut_dNet' | 'gradBias' | 'bias' | 'newBias' | 'target';
type MatrixKind = 'gradWeight' | 'weight' | 'newWeight' | 'stepWeight';

/** A reading of the name: a kind and the layer it names (0 = inputs, 1 = first non-input), or any layer that fits. */
interface NamedVector {
  kind: LayerKind | MatrixKind;
  layer: number | 'any' | 'hidden' | 'output';
  /** How "actual output" was read, said under the report (output-words-note.ts). */
  note?: MeaningNote;
}

/** "desired/target/expected output(s)": the targets; "actual output(s)": the outputs or the targets (output-words.ts). */
function outputWordReadings(token: string): NamedVector[] {
  const match = /^(actual|desired|target|expected)outputs?$/.exec(token);
  if (!match) return [];
  if (match[1] !== 'actual') return [{ kind: 'target', layer: 'output' }];
  return [
    { kind: 'out', layer: 'output', note: 'actual_output' },
    { kind: 'target', layer: 'output', note: 'actual_target' },
  ];
}

const NET = /^(z|net|s|zin|netin|in|logits|scores|preactivation)$/;
const OUT = /^(a|h|out|activation|activations|output|outputs|yhat|ypred|o|y|probs|prediction|predictions)$/;
const INPUT = /^(x|input|inputs)$/;
/** Written after a letter: a layer number (`1`, `(1)`, `^(1)`, `[1]`) or a word for the hidden or output layer. */
const TAG = /^(?:\^?[([]?(\d)[)\]]?|(hidden|hid|h)|(out|output|o))?$/;

function layerOf(tag: string): NamedVector['layer'] | undefined {
  const match = TAG.exec(tag);
  if (!match) return undefined;
  if (match[1] !== undefined) return Number(match[1]);
  if (match[2] !== undefined) return 'hidden';
  if (match[3] !== undefined) return 'output';
  return 'any';
}

/** `z1`, `a^(2)`, `zhidden`, `hin` (H_in), `scores`: a value vector of a layer; both readings for `a`. */
function valueReadings(token: string): NamedVector[] {
  // Code's words: hidden_layer_output, output_layer_input, hidden_output.
  const words = /^(hidden|output)(?:layer)?(input|output|out|activation|net)s?$/.exec(token);
  if (words) {
    const layer = words[1] === 'hidden' ? 'hidden' : 'output';
    return [{ kind: /^(input|net)$/.test(words[2]!) ? 'net' : 'out', layer }];
  }
  if (/^h(in|net)$/.test(token)) return [{ kind: 'net', layer: 'hidden' }];
  if (/^(y|o)(in|net)$/.test(token)) return [{ kind: 'net', layer: 'output' }];
  const match = /^([a-zŷ]+?)(\^?[([]?\d[)\]]?|hidden|hid|out|output)?$/.exec(token);
  if (!match) return [];
  const [, letters, tag = ''] = match;
  const layer = layerOf(tag);
  if (layer === undefined) return [];
  if (INPUT.test(letters!) || (layer === 0 && /^(a|z|h)$/.test(letters!)))
    return [{ kind: 'input', layer: 0 }];
  // y, ŷ and o without a layer are the output; h without one is the hidden layer.
  const fixed = /^(y|yhat|ypred|o|probs|prediction|predictions)$/.test(letters!)
    ? 'output'
    : letters === 'h' && layer === 'any'
      ? 'hidden'
      : layer;
  if (NET.test(letters!))
    return [{ kind: 'net', layer: letters === 'scores' || letters === 'logits' ? 'output' : fixed }];
  if (letters === 'a')
    return [
      { kind: 'out', layer: fixed },
      { kind: 'net', layer: fixed },
    ];
  if (OUT.test(letters!)) return [{ kind: 'out', layer: fixed }];
  return [];
}

/** The quantity a derivative of the loss by a layer's vector is: ∂L/∂z → δ, ∂L/∂a → ∂E/∂out, ∂L/∂W → the gradient. */
function derivativeReadings(bottom: string): NamedVector[] {
  const parameter = /^(w|b)(\^?[([]?\d[)\]]?|hidden|hid|out|output)?$/.exec(bottom);
  if (parameter) {
    const layer = layerOf(parameter[2] ?? '');
    if (layer === undefined) return [];
    return [{ kind: parameter[1] === 'w' ? 'gradWeight' : 'gradBias', layer }];
  }
  // V (or U) beside W: the second layer's weights (W the first), as NumPy homework names them.
  if (bottom === 'v' || bottom === 'u') return [{ kind: 'gradWeight', layer: 2 }];
  if (bottom === 'scores' || bottom === 'logits') return [{ kind: 'delta', layer: 'output' }];
  return valueReadings(bottom).flatMap((v): NamedVector[] =>
    v.kind === 'net'
      ? [{ kind: 'delta', layer: v.layer }]
      : v.kind === 'out'
        ? [{ kind: 'dE_dOut', layer: v.layer }]
        : [],
  );
}

const LOSS = '(?:l|e|j|c|loss|cost|error|etotal)(?:\\(w,b\\)|\\(θ\\))?';
const DERIVATIVE = new RegExp(`^\\(?(?:∂|d)${LOSS}\\)?/\\(?(?:∂|d)(.+?)\\)?$`);
const AFTER_MARK = /(?:new|updated|'|\+|\(new\)|\^\(?new\)?)$/;

/**
 * Weights named in words, between two layers: "Change in weights for hidden layer to output layer",
 * code's `delta_weight_input_hidden`, `weights_hidden_output`, "gradient of the weights from input to hidden".
 * The layer is the second one named (the weights' destination).
 */
function phraseReadings(written: string): NamedVector[] {
  const text = written.toLowerCase().replace(/_/g, ' ');
  if (!/\bweights?\b/.test(text)) return [];
  const layers = [...text.matchAll(/\b(input|hidden|output)\b/g)].map((m) => m[1]!);
  const order = ['input', 'hidden', 'output'];
  if (layers.length !== 2 || order.indexOf(layers[0]!) + 1 !== order.indexOf(layers[1]!)) return [];
  const layer = layers[1] === 'hidden' ? 'hidden' : 'output';
  if (/\b(change|changes|delta|step|increment)\b/.test(text)) return [{ kind: 'stepWeight', layer }];
  if (/\b(gradients?|grad|derivatives?)\b/.test(text)) return [{ kind: 'gradWeight', layer }];
  if (/\b(new|updated)\b/.test(text)) return [{ kind: 'newWeight', layer }];
  return [
    { kind: 'weight', layer },
    { kind: 'newWeight', layer },
  ];
}

/**
 * The weight gradient written as its formula: a layer's values transposed times the next layer's δ
 * (`h1^T ∇loss(scores)`, `x^T δ_1`) or δ transposed times the values (`δ_1^T X`).
 */
function outerProduct(token: string): NamedVector[] {
  const match = /^(.+?)\^t[·*×]?(.+)$/.exec(token);
  if (!match) return [];
  const values = (side: string) => valueReadings(side).filter((v) => v.kind === 'out' || v.kind === 'input');
  const deltas = (side: string) => readingsOf(side).filter((v) => v.kind === 'delta');
  const [left, right] = [match[1]!, match[2]!];
  const pairs = [
    ...values(left).flatMap((v) => deltas(right).map((d) => [v, d] as const)),
    ...deltas(left).flatMap((d) => values(right).map((v) => [v, d] as const)),
  ];
  return pairs.flatMap(([v, d]): NamedVector[] => {
    if (d.layer !== 'any') return [{ kind: 'gradWeight', layer: d.layer }];
    if (v.kind === 'input') return [{ kind: 'gradWeight', layer: 1 }];
    if (typeof v.layer === 'number') return [{ kind: 'gradWeight', layer: v.layer + 1 }];
    return v.layer === 'hidden' ? [{ kind: 'gradWeight', layer: 'output' }] : [];
  });
}

/** The readings of one name, most likely first. */
function readingsOf(written: string): NamedVector[] {
  let token = compactName(written.replace(/ᵀ|\^ ?\{? ?(?:\\top|⊤|T) ?\}?/g, '^t'));
  const product = token.includes('^t') ? outerProduct(token) : [];
  if (product.length > 0) return product;
  const updated = AFTER_MARK.test(token) || /\b(new|updated)\b/i.test(written);
  token = token.replace(AFTER_MARK, '').replace(/^(new|updated)/, '');
  const derivative = DERIVATIVE.exec(token);
  if (derivative) return derivativeReadings(derivative[1]!.replace(/[()]/g, ''));
  // ∂a_1/∂z_1: a layer's activation by its net input.
  const local = /^\(?[∂d]([a-zŷ]+\d?)\)?\/\(?[∂d]([a-z]+\d?)\)?$/.exec(token);
  if (local) {
    const tops = valueReadings(local[1]!).filter((v) => v.kind === 'out');
    const bottoms = valueReadings(local[2]!).filter((v) => v.kind === 'net');
    return tops.flatMap((top) =>
      bottoms.some((b) => b.layer === top.layer) ? [{ kind: 'dOut_dNet' as const, layer: top.layer }] : [],
    );
  }
  // ∇loss(scores): the gradient of the loss by that vector.
  const nabla = new RegExp(`^(?:∇|nabla)${LOSS}\\((.+)\\)$`).exec(token);
  if (nabla) return derivativeReadings(nabla[1]!);
  // f'_2(z_2), σ'(z1): the activation's derivative at a layer's net input.
  const slope = /^(?:f|g|σ|sigmoid|act|relu|tanh)'?(\d)?'?\((.+)\)$/.exec(token);
  if (slope && token.includes("'")) {
    return valueReadings(slope[2]!).flatMap((v): NamedVector[] =>
      v.kind === 'net'
        ? [{ kind: 'dOut_dNet', layer: slope[1] !== undefined ? Number(slope[1]) : v.layer }]
        : [],
    );
  }
  // Code's dW2, db1, dz1, dh1, dscores; grad['W2'], grad_V, grad_Y_in.
  const grad = /^grad\[['"]?([wb].*?)['"]?\]$/.exec(token) ?? /^grad([a-z].*)$/.exec(token);
  if (grad) return derivativeReadings(grad[1]!);
  const code = /^d([wbzahs].*)$/.exec(token);
  if (code) {
    const readings = derivativeReadings(code[1]!);
    if (readings.length > 0) return readings;
  }
  // δ with a layer (δ1, δ^(2)) or with the vector it is the derivative by (δ_h1 = ∂L/∂h1, δ_a1).
  const delta = /^%(.*)$/.exec(token);
  if (delta) {
    const layer = layerOf(delta[1]!);
    if (layer !== undefined) return [{ kind: 'delta', layer }];
    return derivativeReadings(delta[1]!);
  }
  const parameter = /^(w|b)(\^?[([]?\d[)\]]?|hidden|hid|out|output)?$/.exec(token);
  if (parameter) {
    const layer = layerOf(parameter[2] ?? '');
    if (layer === undefined) return [];
    const weight = parameter[1] === 'w';
    if (updated) return [{ kind: weight ? 'newWeight' : 'newBias', layer }];
    return [
      { kind: weight ? 'weight' : 'bias', layer },
      { kind: weight ? 'newWeight' : 'newBias', layer },
    ];
  }
  const words = outputWordReadings(token);
  return words.length > 0 ? words : valueReadings(token);
}

/** Layers (1 = first non-input) a reading may name, given the number of elements written. */
function layersFor(v: NamedVector, spec: ResolvedSpec): number[] {
  const last = spec.layers.length - 1;
  if (v.kind === 'input') return [0];
  if (typeof v.layer === 'number') return v.layer >= 1 && v.layer <= last ? [v.layer] : [];
  if (v.layer === 'output') return [last];
  if (v.layer === 'hidden') return last === 2 ? [1] : [];
  return Array.from({ length: last }, (_, k) => k + 1);
}

/** A layer's per-unit quantity of this kind, or undefined (a shared bias has no per-unit value). */
function unitQuantity(
  kind: LayerKind,
  layer: number,
  j: number,
  spec: ResolvedSpec,
  pass: 0 | 1,
): Quantity | undefined {
  const l = layer - 1;
  switch (kind) {
    case 'input':
      return { kind: 'input', i: j };
    case 'target':
      return layer === spec.layers.length - 1 ? { kind: 'target', j } : undefined;
    case 'net':
    case 'out':
      return { kind, l, j, pass };
    case 'delta':
    case 'dE_dOut':
    case 'dOut_dNet':
      return { kind, l, j };
    case 'gradBias':
    case 'bias':
    case 'newBias':
      if (typeof spec.biases[l] === 'number') return spec.layers[layer] === 1 ? { kind, l } : undefined;
      return { kind, l, j };
  }
}

/** The elements of a `rows × columns` claim, in reading order, under one reading; undefined when it does not fit. */
function elementsOf(
  v: NamedVector,
  layer: number,
  rows: number,
  columns: number,
  spec: ResolvedSpec,
  pass: 0 | 1,
): Quantity[][] {
  const count = rows * columns;
  if (v.kind === 'gradWeight' || v.kind === 'weight' || v.kind === 'newWeight' || v.kind === 'stepWeight') {
    if (layer < 1) return [];
    const l = layer - 1;
    const sources = spec.layers[layer - 1]!;
    const destinations = spec.layers[layer]!;
    const kind = v.kind;
    const orders: Quantity[][] = [];
    // W x (a row per destination) and x @ W (a row per source); a flat list is read the same way as its one row.
    if (
      (rows === destinations && columns === sources) ||
      (count === sources * destinations && (rows === 1 || columns === 1) && destinations === 1)
    )
      orders.push(
        Array.from({ length: count }, (_, k) => ({ kind, l, j: Math.floor(k / sources), i: k % sources })),
      );
    if (
      (rows === sources && columns === destinations) ||
      (count === sources * destinations && (rows === 1 || columns === 1) && sources === 1)
    )
      orders.push(
        Array.from({ length: count }, (_, k) => ({
          kind,
          l,
          j: k % destinations,
          i: Math.floor(k / destinations),
        })),
      );
    return orders;
  }
  const size = spec.layers[layer]!;
  if (count !== size || (rows !== 1 && columns !== 1)) return [];
  const elements = Array.from({ length: count }, (_, j) =>
    unitQuantity(v.kind as LayerKind, layer, j, spec, pass),
  );
  return elements.every((q) => q !== undefined) ? [elements as Quantity[]] : [];
}

export interface VectorContext {
  /** The weights were already updated on the sheet: forward vectors are the second pass first. */
  sawUpdate: boolean;
  sawBackward: boolean;
}

/** A name in words ("Change in weights for hidden layer to output layer") is short. */
const MAX_PHRASE_LENGTH = 80;

/** A name is read from its last few words (`\\therefore z_1`, `the new W1`), the longest tail that is one first. */
const MAX_NAME_WORDS = 4;

function readingsOfTail(written: string): NamedVector[] {
  const words = written.trim().split(/\s+/).slice(-MAX_NAME_WORDS);
  for (let start = 0; start < words.length; start++) {
    const tail = words.slice(start).join(' ');
    const readings = readingsOf(tail);
    if (readings.length > 0) {
      // "new W1": a word before the name still marks it as updated.
      const updated = /\b(new|updated)\b/i.test(words.slice(0, start).join(' '));
      return updated ? readings.filter((v) => v.kind !== 'weight' && v.kind !== 'bias') : readings;
    }
  }
  return [];
}

/** Every reading of a vector claim: one Meaning per element (reading order), most likely reading first. */
export function vectorReadings(
  written: string,
  spec: ResolvedSpec,
  rows: number,
  columns: number,
  context: VectorContext,
): Meaning[][] {
  const readings: Meaning[][] = [];
  const phrase = written.length <= MAX_PHRASE_LENGTH ? phraseReadings(written) : [];
  const named = phrase.length > 0 ? phrase : readingsOfTail(written);
  // After the backward pass an unmarked W is the new one first.
  const ordered = context.sawBackward
    ? [
        ...named.filter((v) => v.kind === 'newWeight' || v.kind === 'newBias'),
        ...named.filter((v) => v.kind !== 'newWeight' && v.kind !== 'newBias'),
      ]
    : named;
  for (const v of ordered) {
    const passes: (0 | 1)[] = (v.kind === 'net' || v.kind === 'out') && context.sawUpdate ? [1, 0] : [0];
    for (const pass of passes) {
      for (const layer of layersFor(v, spec)) {
        for (const elements of elementsOf(v, layer, rows, columns, spec, pass)) {
          if (v.kind === 'stepWeight') {
            // The step η·∂E/∂w, or the change −η·∂E/∂w (code's delta_weight = η · error_term · x).
            readings.push(elements.map((quantity) => ({ quantity, scale: 1, note: 'step' as const })));
            readings.push(elements.map((quantity) => ({ quantity, scale: -1, note: 'change' as const })));
            continue;
          }
          const note = v.note ? { note: v.note } : {};
          readings.push(elements.map((quantity) => ({ quantity, scale: 1, ...note })));
          if (v.kind === 'delta')
            readings.push(
              elements.map((quantity) => ({ quantity, scale: -1, note: 'delta_other_sign' as const })),
            );
        }
      }
    }
  }
  return readings;
}
