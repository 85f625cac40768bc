// A page that writes its network as formulas on a layer's weights (kircerta: `h = \operatorname{ReLU}(W^{(1)}x +
// b^{(1)})`, `\hat{y} = W^{(2)}h + b^{(2)}`) names each layer's activation there: the function around `W^{(k)}…`,
// or none at all around the output's (a linear output).
import type { ActivationName } from '../core/types.js';

const NAMES: [RegExp, ActivationName][] = [
  [/^leaky_?relu$/i, 'leaky_relu'],
  [/^(?:relu|max)$/i, 'relu'],
  [/^(?:sigmoid|sigma|σ)$/i, 'sigmoid'],
  [/^tanh$/i, 'tanh'],
  [/^softmax$/i, 'softmax'],
];

/** `W^((1))`, `W^([1])`, `W_1`, `W1` as the normaliser leaves them: the layer's number in group `layer`. */
const LAYER_WEIGHTS = String.raw`W\s*(?:[_^][([{\s]*)?(?<layer>\d)[)\]}]*`;

/** `f(W^((k)) …`: `max(0, W_1 x + b_1)` is ReLU; a derivative (`σ'(`) is not an activation. */
const AROUND = new RegExp(
  String.raw`(?<name>leaky_?relu|relu|sigmoid|sigma|σ|tanh|softmax|max(?=\s*\(\s*0(?:\.0)?\s*,))\s*\(\s*(?:0(?:\.0)?\s*,\s*)?${LAYER_WEIGHTS}`,
  'giu',
);

/** `ŷ = W^((2))h + b^((2))` and nothing more: the output is the weighted sum itself. */
const BARE_OUTPUT = new RegExp(
  String.raw`(?:^|[\s,;])(?:hat\s*y|y_?hat|ŷ|y|o|out|output)\s*=\s*${LAYER_WEIGHTS}\s*[A-Za-z](?:[_^][([{]*\w+[)\]}]*)?\s*(?:\+\s*b\s*(?:[_^][([{\s]*)?\d[)\]}]*\s*)?(?=$|[,;=])`,
  'giu',
);

/** Each layer the line's formulas name an activation for; a layer named two ways becomes null. */
export function affineFormulasIn(text: string, into: Map<number, ActivationName | null>): boolean {
  let found = false;
  const set = (layer: number, name: ActivationName) => {
    if (layer < 1) return;
    const known = into.get(layer);
    into.set(layer, known === undefined || known === name ? name : null);
    found = true;
  };
  for (const match of text.matchAll(AROUND)) {
    const name = NAMES.find(([pattern]) => pattern.test(match.groups!.name!))?.[1];
    if (name) set(Number(match.groups!.layer), name);
  }
  for (const match of text.matchAll(BARE_OUTPUT)) set(Number(match.groups!.layer), 'linear');
  return found;
}

/** `a = σ(z)`, `H = relu(Z)`, `ŷ = softmax(z)`: a function of a bare net input, its layer told by the left side. */
const OF_NET_INPUT =
  /(?:^|[\s,;$])(?<lhs>hat\s*y|y_?hat|y_?pred|ŷ|out(?:put)?|[aAhHyoO])\s*=\s*(?:np\.)?(?<name>leaky_?relu|relu|sigmoid|sigma|σ|tanh|softmax)\s*\(\s*(?:z|Z|net|u|s)\s*\)/giu;

/** The activations such formulas name: `h` is the hidden layer, `ŷ`, `y`, `o` the output, `a` every layer. */
export function roleFormulasIn(text: string): { name: ActivationName; where: 'hidden' | 'output' | 'all' }[] {
  return [...text.matchAll(OF_NET_INPUT)].flatMap((match) => {
    const name = NAMES.find(([pattern]) => pattern.test(match.groups!.name!))?.[1];
    const lhs = match.groups!.lhs!;
    const where = /^[aA]$/.test(lhs) ? 'all' : /^[hH]$/.test(lhs) ? 'hidden' : 'output';
    return name ? [{ name, where } as const] : [];
  });
}
