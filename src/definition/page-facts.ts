// What a page says in words rather than `key = value`: the activations ("ReLU hidden, sigmoid output",
// "sigmoid in every layer"), the loss ("MSE loss", "Cross-Entropy Loss", "E = ½Σ(t−o)²") and "no biases".
import type { ActivationName, LossName } from '../core/types.js';
import { affineFormulasIn, roleFormulasIn } from './affine-formulas.js';
import { layerWordsInEnglish } from './cjk-layer-words.js';
import { lineAndColumn, originOf, type MappedText } from './source.js';

export interface PageFact<T> {
  value: T;
  /** 1-based line of the original text where the page says it. */
  line: number;
  /** The words it was read from. */
  words: string;
}

export interface PageFacts {
  /** One activation for every layer, or hidden/output ones. */
  activation?: PageFact<{ all?: ActivationName; hidden?: ActivationName; output?: ActivationName }>;
  /** The loss named in words; `mseHalf` when "MSE" is written without saying whether it has ½. */
  loss?: PageFact<LossName | 'mse-unclear'>;
  noBiases?: PageFact<true>;
  /** Activations written as formulas on a layer's pre-activation: `ReLU(z_1)`, `σ(z_2)`, `np.maximum(0, a1)`. */
  byLayer?: PageFact<Map<number, ActivationName>>;
}

const FORMULA_NAMES: [RegExp, ActivationName][] = [
  [/leaky_?relu/i, 'leaky_relu'],
  [/relu|np\.maximum\(\s*0(?:\.0)?\s*,/i, 'relu'],
  [/sigmoid|σ|sigma/i, 'sigmoid'],
  [/tanh/i, 'tanh'],
  [/softmax/i, 'softmax'],
];
const FORMULA =
  /\b(leaky_?relu|relu|sigmoid|σ|sigma|tanh|softmax|np\.maximum\(\s*0(?:\.0)?\s*,)\s*(?:\(\s*)?(?:z|net|a|u|s|in)_?\^?\(?(\d)\)?\s*\)/gi;

/** `ReLU(z_1)` → layer 1 is ReLU; the same layer named two ways is left out. */
function formulasIn(text: string, into: Map<number, ActivationName | null>): boolean {
  let found = false;
  FORMULA.lastIndex = 0;
  for (let match = FORMULA.exec(text); match; match = FORMULA.exec(text)) {
    const name = FORMULA_NAMES.find(([pattern]) => pattern.test(match[1]!))?.[1];
    const layer = Number(match[2]);
    if (!name || layer < 1) continue;
    const known = into.get(layer);
    into.set(layer, known === undefined || known === name ? name : null);
    found = true;
  }
  return found;
}

const ACTIVATION_WORDS: [RegExp, ActivationName][] = [
  [/\bleaky[\s_-]?relu\b/i, 'leaky_relu'],
  [/\brelu\b/i, 'relu'],
  [/\b(?:sigmoid|logistic)\b|σ\s*\(/i, 'sigmoid'],
  [/\btanh\b/i, 'tanh'],
  [/\bsoftmax\b/i, 'softmax'],
  [
    /\b(?:linear|identity)\s+(?:output|activation)\b|\boutput\s*(?:layer\s*)?(?:is\s*)?(?:linear|identity)\b/i,
    'linear',
  ],
];
const HIDDEN = /\bhidden\b/i;
const OUTPUT = /\boutputs?\b/i;
const EVERY = /\b(?:every|all|each|both)\b|\bhidden\s+(?:layers?\s+)?and\s+(?:the\s+)?output\b/i;
const STRUCTURE = /\b(?:activation|applied|neurons?|layers?|units?|hidden|output)\b/i;

/** Activations named in the clause, each with the layer the clause says. */
function activationsIn(clause: string): { name: ActivationName; where: 'hidden' | 'output' | 'all' }[] {
  const found: { name: ActivationName; where: 'hidden' | 'output' | 'all'; at: number }[] = [];
  for (const [pattern, name] of ACTIVATION_WORDS) {
    const match = pattern.exec(clause);
    if (!match) continue;
    if (found.some((f) => f.at === match.index)) continue;
    found.push({ name, where: 'all', at: match.index });
  }
  if (found.length === 0 || !STRUCTURE.test(clause)) return [];
  // "2 hidden neurons (ReLU), 1 output (sigmoid)": each name belongs to the layer word nearest before it.
  return found.map((f) => {
    const before = clause.slice(Math.max(0, f.at - 40), f.at + 30);
    if (EVERY.test(clause) && found.length === 1) return { ...f, where: 'all' as const };
    const hidden = before.search(HIDDEN);
    const output = before.search(OUTPUT);
    if (hidden >= 0 && (output < 0 || Math.abs(hidden - 40) < Math.abs(output - 40)))
      return { ...f, where: 'hidden' as const };
    if (output >= 0) return { ...f, where: 'output' as const };
    return f;
  });
}

/** Reads the page's words about activations, loss and biases; a fact seen with two values is left unset. */
export function readPageFacts(lines: MappedText[], original: string): PageFacts {
  const facts: PageFacts = {};
  const hidden = new Set<ActivationName>();
  const output = new Set<ActivationName>();
  const all = new Set<ActivationName>();
  let firstActivation: { line: number; words: string } | undefined;
  const byLayer = new Map<number, ActivationName | null>();
  let firstFormula: { line: number; words: string } | undefined;
  for (const line of lines) {
    // Read in English words; quoted as the page wrote it.
    const text = layerWordsInEnglish(line.text);
    const at = () => ({
      line: lineAndColumn(original, originOf(line)).line,
      words: line.text.trim().slice(0, 80),
    });
    // Both readers run: `ReLU(z_1)` and `ReLU(W^{(1)}x + b^{(1)})` may share a line.
    if ([formulasIn(text, byLayer), affineFormulasIn(text, byLayer)].some(Boolean)) firstFormula ??= at();
    // Derivations name activations too; a line that is a formula is not a statement about the network.
    if (!/=\s*[-\d]/.test(text) || /\bactivation\b/i.test(text)) {
      for (const clause of text.split(/[;.]\s|,\s+(?=\d+\s)/)) {
        for (const { name, where } of activationsIn(clause)) {
          (where === 'hidden' ? hidden : where === 'output' ? output : all).add(name);
          firstActivation ??= at();
        }
      }
    }
    // `a = σ(z)`, `H = relu(Z)`: a formula on a bare net input names the layer by its left side.
    for (const { name, where } of roleFormulasIn(text)) {
      (where === 'hidden' ? hidden : where === 'output' ? output : all).add(name);
      firstActivation ??= at();
    }
    if (
      !facts.noBiases &&
      /\b(?:no|without)\s+(?:any\s+)?bias(?:es)?\b|\bbias(?:es)?\s*(?::|=|are|is)\s*(?:none|not used)\b/i.test(
        text,
      )
    )
      facts.noBiases = { value: true, ...at() };
    const loss = lossIn(text);
    if (loss && !facts.loss) facts.loss = { value: loss, ...at() };
  }
  const layered = new Map(
    [...byLayer].filter((entry): entry is [number, ActivationName] => entry[1] !== null),
  );
  if (firstFormula && layered.size > 0) facts.byLayer = { value: layered, ...firstFormula };
  if (firstActivation) {
    const one = (set: Set<ActivationName>) => (set.size === 1 ? [...set][0] : undefined);
    const value: { all?: ActivationName; hidden?: ActivationName; output?: ActivationName } = {};
    if (one(all) && hidden.size === 0 && output.size === 0) value.all = one(all)!;
    if (one(hidden)) value.hidden = one(hidden)!;
    if (one(output)) value.output = one(output)!;
    if (all.size <= 1 && hidden.size <= 1 && output.size <= 1 && Object.keys(value).length > 0)
      facts.activation = { value, ...firstActivation };
  }
  return facts;
}

function lossIn(text: string): LossName | 'mse-unclear' | undefined {
  if (/cross[\s-]?entropy|\bCE\b|log[\s-]?loss|negative log[\s-]likelihood/i.test(text))
    return /binary|\bBCE\b/i.test(text) ? 'bce' : 'cross_entropy';
  if (
    /\b(?:half|½|1\/2|0\.5)\b[^\n]{0,30}(?:squared|sse|mse)|(?:E|L|loss|error)\s*=\s*(?:½|1\/2|0\.5\s*[*×]|\(1\/2\)|frac\{1\}\{2\}|\(\(1\)\/\(2\)\))/i.test(
      text,
    )
  )
    return 'half_sse';
  if (/\bsum of squared errors\b|\bSSE\b/i.test(text)) return 'sse';
  // `L = (ŷ − y)^2`, `E = Σ(t − o)²` with nothing in front: squared errors without ½.
  if (/(?:^|[\s(])(?:E|L|loss|error)\s*=\s*(?:(?:sum|Σ)\s*)?\([^=()]*\)\s*\^\s*\(?2\b/i.test(text))
    return 'sse';
  if (/\bmean[\s-]squared[\s-]error\b|\bMSE\b/i.test(text)) return 'mse-unclear';
  return undefined;
}
