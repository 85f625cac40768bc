// The keys people write (with their synonyms, in English and Persian) and what each one sets.
import { didYouMean } from '../did-you-mean.js';
import { HIDDEN_UNIT_WEIGHT } from './hidden-unit-weights.js';
import { ZERO_SOURCE_WEIGHT } from './zero-source-biases.js';
import { classifyTrainingKey, TRAINING_KEY_WORDS, type TrainingKey } from './training-keys.js';

export type SimpleField =
  | 'name'
  | 'description'
  | 'layers'
  | 'activations'
  | 'loss'
  | 'learningRate'
  | 'updateBiases'
  | 'steps'
  | 'input'
  | 'target'
  | 'weights'
  | 'biases';

export type KeyRef =
  | { kind: 'field'; field: SimpleField }
  /** A data-set or optimizer key: `data:`, `epochs`, `optimizer`, `momentum`, `l2`, … */
  | { kind: 'training'; field: TrainingKey }
  /** `w3 = 0.25` (numbered) or `W1: [[…]]` (a layer's matrix): decided by the value. */
  | { kind: 'weight'; n: number }
  /** `w(x1→h1)`, `w_{h1→o3}`: the weight from one named unit to another. */
  | { kind: 'arrowWeight'; from: string; to: string }
  /** `bias_of_Z_1` (a from \\ to table's bias row): the bias of a named unit. */
  | { kind: 'arrowBias'; unit: string }
  /** `v1`, `u12`, or `w11` under "Weights W1:": a weight named per layer by its letter (layer-labels.ts). */
  | { kind: 'layerWeight'; letter: string; indices: number[]; layer?: number }
  /** `b1`: the bias of non-input layer 1 (1-based). */
  | { kind: 'bias'; layer: number }
  /** `b1_2`: the bias of unit 2 of non-input layer 1. */
  | { kind: 'unitBias'; layer: number; unit: number }
  | { kind: 'inputUnit'; n: number }
  | { kind: 'targetUnit'; n: number };

const SYNONYMS: Record<SimpleField, string[]> = {
  name: ['name', 'title', 'نام'],
  description: ['description', 'desc', 'توضیح', 'توضیحات'],
  layers: [
    'layers',
    'layer sizes',
    'shape',
    'architecture',
    'sizes',
    'topology',
    'structure',
    'لایه‌ها',
    'لایه ها',
    'ساختار',
  ],
  activations: [
    'activation',
    'activations',
    'activation function',
    'activation functions',
    'act',
    'تابع فعال‌سازی',
    'فعال‌سازی',
  ],
  loss: [
    'loss',
    'loss function',
    'error function',
    'cost',
    'cost function',
    'objective',
    'تابع هزینه',
    'تابع خطا',
    'هزینه',
  ],
  learningRate: ['learning rate', 'lr', 'eta', 'η', 'alpha', 'α', 'step size', 'learnrate', 'نرخ یادگیری'],
  updateBiases: ['update biases', 'update bias', 'train biases', 'learn biases', 'به‌روزرسانی بایاس'],
  steps: ['steps', 'step count', 'iterations', 'iters', 'گام‌ها', 'تعداد گام'],
  input: [
    'input',
    'inputs',
    'x',
    'sample',
    'training example',
    'training sample',
    'training input',
    'input values',
    'input vector',
    'ورودی',
    'ورودی‌ها',
  ],
  target: [
    'target',
    'targets',
    'y',
    'expected',
    'desired output',
    'desired outputs',
    'expected output',
    'target output',
    'true label',
    'class label',
    'label',
    'y true',
    't',
    'هدف',
    'خروجی مطلوب',
  ],
  weights: ['weights', 'وزن‌ها'],
  biases: ['biases', 'bias', 'بایاس‌ها', 'بایاس'],
};

/** Lowercase, without spaces, underscores, hyphens, dots or zero-width joiners: `Learning-Rate` → `learningrate`. */
export function compactKey(key: string): string {
  return key.toLowerCase().replace(/[\s_\-.\u200c]+/g, '');
}

const FIELD_BY_COMPACT = new Map<string, SimpleField>();
for (const [field, names] of Object.entries(SYNONYMS) as [SimpleField, string[]][]) {
  for (const name of names) FIELD_BY_COMPACT.set(compactKey(name), field);
}

const NUMBERED_PATTERNS: [RegExp, (m: RegExpExecArray) => KeyRef][] = [
  // `w(x1→h1)`, `w_(x_1→h_1)`, `w_x1_to_h1`: a unit's name is letters then its number.
  [
    /^w_?\(?([a-z]+)_?(\d+)_?(?:→|->|to)_?([a-z]+)_?(\d+)\)?$/,
    (m) => ({ kind: 'arrowWeight', from: `${m[1]}${m[2]}`, to: `${m[3]}${m[4]}` }),
  ],
  [/^bias_of_([a-z]+)_?(\d+)$/, (m) => ({ kind: 'arrowBias', unit: `${m[1]}${m[2]}` })],
  [/^w_?(\d+)$/, (m) => ({ kind: 'weight', n: Number(m[1]) })],
  [/^b_?(\d+)$/, (m) => ({ kind: 'bias', layer: Number(m[1]) })],
  // `W^{(1)}` and `b^{(1)}` as LaTeX writes a layer's matrix and bias (normalised to `W^(1)`).
  [/^w\^\(?(\d+)\)?$/, (m) => ({ kind: 'weight', n: Number(m[1]) })],
  [/^b\^\(?(\d+)\)?$/, (m) => ({ kind: 'bias', layer: Number(m[1]) })],
  // A lone `b` (one neuron's bias) is the first layer's.
  [/^b$/, () => ({ kind: 'bias', layer: 1 })],
  // Layers by name, with one hidden layer: `W` and `V`, `weights_input_hidden`, `W_h`, `b_out`.
  [/^w$/, () => ({ kind: 'weight', n: 1 })],
  [/^v$/, () => ({ kind: 'weight', n: 2 })],
  [/^(?:w|weights?)_?(?:(?:input|in|i|x)_?(?:to_?)?)?(?:hidden|h)$/, () => ({ kind: 'weight', n: 1 })],
  [/^(?:w|weights?)_?(?:(?:hidden|h)_?(?:to_?)?)?(?:output|out|o|y)$/, () => ({ kind: 'weight', n: 2 })],
  [/^b_?(?:hidden|h)$/, () => ({ kind: 'bias', layer: 1 })],
  [/^b_?(?:output|out|o)$/, () => ({ kind: 'bias', layer: 2 })],
  // `b2_out`: layer 2's bias, named the output's too.
  [/^b_?(\d)_?(?:output|out|o)$/, (m) => ({ kind: 'bias', layer: Number(m[1]) })],
  // Per-layer letters as textbooks write them (`v1, v2` into the output, `u_12`): placed by layer-weights.ts.
  [
    /^([uv])_?([1-9])(?:[_,]?([1-9]))?$/,
    (m) => ({ kind: 'layerWeight', letter: m[1]!, indices: [Number(m[2]), ...(m[3] ? [Number(m[3])] : [])] }),
  ],
  // `w_{h1}`: the weight from hidden unit 1 into the one output (hidden-unit-weights.ts).
  HIDDEN_UNIT_WEIGHT,
  // `v01`: Fausett's bias of z1, a weight from unit 0 (zero-source-biases.ts).
  ZERO_SOURCE_WEIGHT,
  [/^b_?(\d+)[_.,](\d+)$/, (m) => ({ kind: 'unitBias', layer: Number(m[1]), unit: Number(m[2]) })],
  [/^(?:i|x|in|input)_?(\d+)$/, (m) => ({ kind: 'inputUnit', n: Number(m[1]) })],
  // MATLAB's toolbox calls an input pattern `p`: `p1 = [-1; 1]` is the first (a vector only: see find-statements).
  [/^p_?1$/, () => ({ kind: 'field', field: 'input' })],
  [/^(?:t|y|d|target|out_?target)_?(\d+)$/, (m) => ({ kind: 'targetUnit', n: Number(m[1]) })],
  [/^(?:o|out|output)_?(\d+)_?target$/, (m) => ({ kind: 'targetUnit', n: Number(m[1]) })],
  [/^(?:t|target)_?(?:of_?|for_?)?o_?(\d+)$/, (m) => ({ kind: 'targetUnit', n: Number(m[1]) })],
];

/** What a key sets, or undefined when we do not know it. */
export function classifyKey(key: string): KeyRef | undefined {
  const field = FIELD_BY_COMPACT.get(compactKey(key));
  if (field) return { kind: 'field', field };
  const training = classifyTrainingKey(key);
  if (training) return { kind: 'training', field: training };
  const spaced = key.toLowerCase().trim().replace(/\s+/g, '_').replace(/[{}]/g, '');
  for (const [pattern, make] of NUMBERED_PATTERNS) {
    const match = pattern.exec(spaced);
    if (match) {
      const ref = make(match);
      const numbers = Object.values(ref).filter((v): v is number => typeof v === 'number');
      if (numbers.every((n) => Number.isSafeInteger(n) && n >= 1)) return ref;
      return undefined;
    }
  }
  return undefined;
}

/** Whether the last words of a region form a key we know (used to find where a key starts). */
export function isKnownKey(key: string): boolean {
  return classifyKey(key) !== undefined;
}

const SUGGESTIONS = [
  'layers',
  'activation',
  'loss',
  'learning rate',
  'lr',
  'update biases',
  'steps',
  'input',
  'target',
  'weights',
  'biases',
  'name',
  'description',
  ...TRAINING_KEY_WORDS,
];

/** The closest known word when the typo is small (`learnig rate` → `learning rate`), else undefined. */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  return didYouMean(word.trim(), candidates, 1);
}

export function suggestKey(key: string): string | undefined {
  const direct = closestWord(key, SUGGESTIONS);
  if (direct) return direct;
  const compact = compactKey(key);
  const viaSynonym = closestWord(compact, [...FIELD_BY_COMPACT.keys()]);
  if (!viaSynonym) return undefined;
  const field = FIELD_BY_COMPACT.get(viaSynonym)!;
  return SYNONYMS[field].find((name) => compactKey(name) === viaSynonym) ?? SYNONYMS[field][0];
}

export const KNOWN_KEYS_TEXT =
  'layers, activation, loss, learning rate (lr, eta), update biases, steps, input (x, i1…), target (y, t1…), W1, W2… or w1, w2…, b1, b2…; data, epochs, batch size, optimizer, momentum, beta1, beta2, epsilon, l2 (weight decay)';
