// One naming scheme for units, weights and biases, shared by the text, the diagrams and /check.
//
// Units: inputs i1, i2, …; outputs o1, o2, …; with one hidden layer h1, h2, …; with several,
// h1_1, h1_2 (hidden layer 1), h2_1, … . Weights: w1..wN numbered layer by layer,
// destination-major (SPEC-FORMAT.md): for 2-2-2, w1 = i1→h1, w2 = i2→h1, w3 = i1→h2, …
// Biases: b1, b2, … per non-input layer when shared; b1_1, b1_2, … when one per unit.

/** Name of unit `unit` (0-based) of layer `layer` (0 = input) in a net with `layerCount` layers. */
export function unitName(layer: number, unit: number, layerCount: number): string {
  if (layer === 0) return `i${unit + 1}`;
  if (layer === layerCount - 1) return `o${unit + 1}`;
  if (layerCount === 3) return `h${unit + 1}`;
  return `h${layer}_${unit + 1}`;
}

/** 1-based global number of weight [l][j][i] (into unit j of layer l+1 from unit i of layer l). */
export function weightNumber(layers: readonly number[], l: number, j: number, i: number): number {
  let offset = 0;
  for (let k = 0; k < l; k++) offset += layers[k + 1]! * layers[k]!;
  return offset + j * layers[l]! + i + 1;
}

export function weightName(layers: readonly number[], l: number, j: number, i: number): string {
  return `w${weightNumber(layers, l, j, i)}`;
}

/** The inverse of weightNumber: which [l][j][i] a 1-based weight number denotes, or undefined. */
export function weightIndex(
  layers: readonly number[],
  n: number,
): { l: number; j: number; i: number } | undefined {
  let rest = n - 1;
  for (let l = 0; l < layers.length - 1; l++) {
    const size = layers[l + 1]! * layers[l]!;
    if (rest < size) return { l, j: Math.floor(rest / layers[l]!), i: rest % layers[l]! };
    rest -= size;
  }
  return undefined;
}

/** Name of the bias of layer l+1 (l over non-input layers): `b1` when shared, `b1_2` per unit. */
export function biasName(l: number, shared: boolean, unit?: number): string {
  return shared || unit === undefined ? `b${l + 1}` : `b${l + 1}_${unit + 1}`;
}

/** "i1→h1": the connection a weight stands for. */
export function connectionName(layers: readonly number[], l: number, j: number, i: number): string {
  return `${unitName(l, i, layers.length)}→${unitName(l + 1, j, layers.length)}`;
}

export function weightCount(layers: readonly number[]): number {
  let total = 0;
  for (let l = 0; l + 1 < layers.length; l++) total += layers[l]! * layers[l + 1]!;
  return total;
}
