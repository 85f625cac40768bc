// Counts the work a parser does, never its time: the steps its own loops report (src/work-meter.ts) plus the
// characters every String, RegExp and Array built-in it calls walks over (an upper bound, so a rescan shows).
import { walkedSoFar } from '../../src/work-meter.js';

type Cost = (self: unknown, args: unknown[], result: unknown) => number;

const lengthOf = (value: unknown): number =>
  typeof value === 'string' || Array.isArray(value) ? value.length : 0;
const whole: Cost = (self) => lengthOf(self) + 1;
const produced: Cost = (_self, _args, result) => lengthOf(result) + 1;
const argumentCount: Cost = (_self, args) => args.length + 1;
const prefix: Cost = (_self, args) => lengthOf(args[0]) + 1;
const scanned: Cost = (self, args, result) => {
  const from = typeof args[1] === 'number' ? Math.max(0, args[1]) : 0;
  const found = typeof result === 'number' ? result : -1;
  return (found >= 0 ? found - from + lengthOf(args[0]) : lengthOf(self) - from) + 1;
};
const scannedTo = (self: unknown, args: unknown[], result: unknown): number =>
  typeof result === 'boolean'
    ? (result ? lengthOf(args[0]) : lengthOf(self)) + 1
    : scanned(self, args, result);

const STRING_COSTS: Record<string, Cost> = {
  at: () => 1,
  charAt: () => 1,
  charCodeAt: () => 1,
  codePointAt: () => 1,
  slice: produced,
  substring: produced,
  substr: produced,
  repeat: produced,
  padStart: produced,
  padEnd: produced,
  concat: produced,
  startsWith: prefix,
  endsWith: prefix,
  indexOf: scanned,
  lastIndexOf: whole,
  includes: scannedTo,
  search: whole,
  match: whole,
  matchAll: whole,
  replace: whole,
  replaceAll: whole,
  split: whole,
  trim: whole,
  trimStart: whole,
  trimEnd: whole,
  toLowerCase: whole,
  toUpperCase: whole,
  toLocaleLowerCase: whole,
  normalize: whole,
  localeCompare: whole,
};

const ARRAY_COSTS: Record<string, Cost> = {
  push: argumentCount,
  unshift: whole,
  shift: whole,
  splice: whole,
  slice: produced,
  concat: produced,
  join: whole,
  indexOf: whole,
  lastIndexOf: whole,
  includes: whole,
  find: whole,
  findIndex: whole,
  findLast: whole,
  findLastIndex: whole,
  filter: whole,
  map: whole,
  flatMap: whole,
  flat: produced,
  forEach: whole,
  some: whole,
  every: whole,
  reduce: whole,
  reduceRight: whole,
  reverse: whole,
  sort: (self) => {
    const n = lengthOf(self);
    return n * Math.ceil(Math.log2(n + 2)) + 1;
  },
  fill: whole,
  entries: whole,
  keys: whole,
  values: whole,
};

/** A regex walks from lastIndex to the end of its match (a sticky one only where it stands). */
const regexCost = (self: unknown, args: unknown[], result: unknown): number => {
  const regex = self as RegExp;
  const text = String(args[0]);
  const global = regex.global || regex.sticky;
  const from = global ? regex.lastIndex : 0;
  const match = result as RegExpExecArray | null;
  if (match) return match.index + match[0].length - from + 1;
  return (regex.sticky ? 1 : text.length - from) + 1;
};

let counting = 0;
let builtInSteps = 0;

function patch(target: object, name: string, cost: Cost): () => void {
  const original = (target as Record<string, unknown>)[name];
  if (typeof original !== 'function') return () => {};
  const wrapped = function (this: unknown, ...args: unknown[]) {
    const lastIndex = this instanceof RegExp ? this.lastIndex : 0;
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (counting > 0) {
      if (this instanceof RegExp) {
        const before = this.lastIndex;
        this.lastIndex = lastIndex;
        builtInSteps += cost(this, args, result);
        this.lastIndex = before;
      } else builtInSteps += cost(this, args, result);
    }
    return result;
  };
  Object.defineProperty(target, name, { value: wrapped, writable: true, configurable: true });
  return () => Object.defineProperty(target, name, { value: original, writable: true, configurable: true });
}

/** Runs `work` once and returns its value with the steps it took (its own loops plus the built-ins it called). */
export function countSteps<T>(work: () => T): { value: T; steps: number } {
  const restores = [
    ...Object.entries(STRING_COSTS).map(([name, cost]) => patch(String.prototype, name, cost)),
    ...Object.entries(ARRAY_COSTS).map(([name, cost]) => patch(Array.prototype, name, cost)),
    patch(RegExp.prototype, 'exec', regexCost),
  ];
  const walkedBefore = walkedSoFar();
  builtInSteps = 0;
  counting++;
  try {
    const value = work();
    return { value, steps: walkedSoFar() - walkedBefore + builtInSteps };
  } finally {
    counting--;
    for (const restore of restores.reverse()) restore();
  }
}

export interface WorstCase {
  name: string;
  /** An input of at most `length` characters that is as hard as its family gets. */
  make: (length: number) => string;
}

/** The longest input any parser accepts (the definition's and the request text's limit). */
export const WORST_CASE_LENGTH = 8000;

/** Steps of each worst case at `length` characters and at half of it (for the growth when it doubles). */
export function measureSteps(
  parse: (text: string) => unknown,
  cases: readonly WorstCase[],
  length = WORST_CASE_LENGTH,
): { name: string; characters: number; steps: number; halfSteps: number }[] {
  return cases.map(({ name, make }) => {
    const full = make(length);
    // Once, uncounted, on a third text: what is built on first use (the expression parser) is not work per input.
    parse(make(length / 4));
    return {
      name,
      characters: full.length,
      steps: countSteps(() => parse(full)).steps,
      halfSteps: countSteps(() => parse(make(length / 2))).steps,
    };
  });
}

/** `fragment` repeated to `length` characters (cut at a fragment boundary), between `before` and `after`. */
export function repeated(fragment: string, length: number, before = '', after = ''): string {
  const room = Math.max(0, length - before.length - after.length);
  return before + fragment.repeat(Math.floor(room / fragment.length)) + after;
}
