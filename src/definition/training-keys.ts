// The definition language's data-set and optimizer keys (with their English and Persian names) and
// how each value is read: `data:`, `epochs`, `batch size` (full, online, mini-batch 2), `optimizer`,
// the optimizer's hyper-parameters (from their records), `l2` / `weight decay` / `λ`, `reduction`.
import { HYPER_PARAMETERS, OPTIMIZERS, type HyperParameterName } from '../core/records/optimizer-records.js';
import { OPTIMIZER_NAMES, type OptimizerName, type Reduction } from '../core/types.js';
import { fail, ok, type Result } from '../errors.js';
import { definitionError } from './errors.js';
import type { MappedText } from './source.js';

export type TrainingKey =
  'data' | 'epochs' | 'batchSize' | 'reduction' | 'optimizer' | 'l2' | HyperParameterName;

/** Lowercase, without spaces, underscores, hyphens, dots or zero-width joiners (as keys.ts compares). */
const compact = (key: string) => key.toLowerCase().replace(/[\s_\-.\u200c]+/g, '');

const SYNONYMS: Record<TrainingKey, readonly string[]> = {
  data: [
    'data',
    'dataset',
    'data set',
    'samples',
    'training data',
    'training set',
    'patterns',
    'examples',
    'داده',
    'داده‌ها',
    'مجموعه داده',
    'نمونه‌ها',
  ],
  epochs: ['epochs', 'epoch', 'passes', 'دوره', 'دوره‌ها', 'تعداد دوره', 'ایپاک'],
  batchSize: [
    'batch size',
    'batch',
    'mini batch size',
    'minibatch size',
    'mini batch',
    'minibatch',
    'اندازه دسته',
    'اندازهٔ دسته',
    'دسته',
  ],
  reduction: ['reduction', 'batch loss', 'loss reduction', 'کاهش'],
  optimizer: ['optimizer', 'optimiser', 'optim', 'optimization', 'بهینه‌ساز', 'روش بهینه‌سازی'],
  l2: [
    'l2',
    'weight decay',
    'λ',
    'lambda',
    'l2 regularization',
    'l2 regularisation',
    'regularization',
    'regularisation',
    'منظم‌سازی',
    'ضریب منظم‌سازی',
    'وزن‌کاهی',
  ],
  momentum: HYPER_PARAMETERS.momentum.aliases,
  beta1: HYPER_PARAMETERS.beta1.aliases,
  beta2: HYPER_PARAMETERS.beta2.aliases,
  epsilon: HYPER_PARAMETERS.epsilon.aliases,
  alpha: HYPER_PARAMETERS.alpha.aliases,
};

const KEY_BY_COMPACT = new Map<string, TrainingKey>();
for (const [key, names] of Object.entries(SYNONYMS) as [TrainingKey, readonly string[]][]) {
  for (const name of names) KEY_BY_COMPACT.set(compact(name), key);
}

/** The data-set or optimizer field a key names, or undefined. */
export function classifyTrainingKey(key: string): TrainingKey | undefined {
  return KEY_BY_COMPACT.get(compact(key));
}

/** Words for suggestions and the list of known keys. */
export const TRAINING_KEY_WORDS = [
  'data',
  'epochs',
  'batch size',
  'optimizer',
  'momentum',
  'beta1',
  'beta2',
  'epsilon',
  'l2',
  'weight decay',
  'reduction',
];

const OPTIMIZER_BY_WORD = new Map<string, OptimizerName>();
for (const name of OPTIMIZER_NAMES)
  for (const alias of [name, ...OPTIMIZERS[name].aliases]) OPTIMIZER_BY_WORD.set(compact(alias), name);

/** `adam`, `SGD with momentum`, `Nesterov`, `آدام`. */
export function readOptimizer(value: MappedText, original: string): Result<OptimizerName> {
  const word = compact(value.text).replace(/^sgdwith/, '');
  const found =
    OPTIMIZER_BY_WORD.get(word) ?? OPTIMIZER_BY_WORD.get(word.replace(/(?:optimizer|optimiser)$/, ''));
  if (found) return ok(found);
  return fail([
    definitionError(
      'training.unknown_optimizer',
      { name: value.text.trim(), known: OPTIMIZER_NAMES.join(', ') },
      { original, piece: value, field: 'optimizer' },
      'adam',
    ),
  ]);
}

/** `full` / `batch` (all samples), `online` / `stochastic` (1), `mini-batch 2` or `2`. */
export function readBatch(value: MappedText, original: string): Result<number | 'full'> {
  const text = value.text.trim().toLowerCase();
  if (/^(?:full|full[\s-]?batch|batch|all|کامل|همه)$/u.test(text)) return ok('full');
  if (/^(?:online|stochastic|sgd|برخط|تصادفی)$/u.test(text)) return ok(1);
  const size = /^(?:mini[\s-]?batch(?:es)?(?:\s+of)?\s*)?(\d+)(?:\s+samples?)?$/u.exec(text);
  if (size) return ok(Number(size[1]));
  return fail([
    definitionError(
      'training.bad_batch',
      { text: value.text.trim() },
      { original, piece: value, field: 'batchSize' },
      'batch: mini-batch 2',
    ),
  ]);
}

/** `mean` (average) or `sum`. */
export function readReduction(value: MappedText, original: string): Result<Reduction> {
  const text = compact(value.text);
  if (['mean', 'average', 'avg', 'میانگین'].includes(text)) return ok('mean');
  if (['sum', 'total', 'مجموع', 'جمع'].includes(text)) return ok('sum');
  return fail([
    definitionError(
      'training.bad_reduction',
      { text: value.text.trim() },
      { original, piece: value, field: 'reduction' },
      'reduction: mean',
    ),
  ]);
}
