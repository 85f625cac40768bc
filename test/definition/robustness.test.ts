// 10000 random and mutated inputs: parseDefinition answers each with a spec or typed errors, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDefinition, formatOneLine, parseDefinition } from '../../src/definition/index.js';
import { catalogue } from '../../src/text/messages/index.js';
import { networkSpec } from '../core/arbitraries/network-spec.js';
import { CLASSIC_NUMBERED } from '../helpers/classic-network.js';

const SEEDS = [
  'layers: 2-2-2\nactivation: sigmoid\ninput: [0.05, 0.10]\ntarget: [0.01, 0.99]\nW1: [[0.15, 0.20], [0.25, 0.30]]\nb1: 0.35\nW2: [[0.40, 0.45], [0.50, 0.55]]\nb2: 0.60',
  CLASSIC_NUMBERED,
  String.raw`$w_{1} = 0.15$ $$w_5 = 0.40,\ w_6 = \frac{1}{2}$$ \eta = 0.5 $b_1=0.35$ $i_1 = 0.05$`,
  '{"layers": [2, 2], "weights": [[[1, 2], [3, 4]]], "biases": [0], "input": [1, "1/2"], "target": [0, 1]}',
  'W1: [0.15 0.20; 0.25 0.30]\nW2:\n 0.4 0.45\n 0.5 0.55\nb1 = 0.35\nb2 = 0.6\nx = 0.05 0.1\ny = 0.01 0.99',
  '```\nlayers: 1-1\ninput: 1\ntarget: 1\nW1: [[2^-2]]\nb1: e^-1\n```',
];

/** Characters that matter to the grammar, so mutations hit the interesting paths. */
const GRAMMAR = [
  ...'[](){}:=,;#"$\\_^-+*/!.\n 0123456789ewbixtWlr',
  '\u06f5',
  '\u066b',
  '×',
  'sqrt(',
  '1:1e9',
  '100000!',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...GRAMMAR) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ maxLength: 4 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'replace') out = out.slice(0, at) + m.text + out.slice(at + m.text.length);
    else {
      const lines = out.split('\n');
      const k = m.at % lines.length;
      lines.splice(k, 0, lines[k]!);
      out = lines.join('\n');
    }
  }
  return out;
}

// Formatted random specs, sampled once (generating specs per run would cost more than parsing them).
const formatted = fc
  .sample(networkSpec({ maxLayers: 2, maxUnits: 3 }), { numRuns: 40, seed: 42 })
  .flatMap((spec) => [formatDefinition(spec), formatOneLine(spec)]);
const seedText = fc.constantFrom(...SEEDS, ...formatted);
const mutated = fc
  .tuple(seedText, fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([t, ms]) => mutate(t, ms));
const random = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.array(fc.constantFrom(...GRAMMAR), { maxLength: 120 }).map((parts) => parts.join('')),
);

/** Plain checks (no expect per error) keep 10000 runs fast; fast-check reports the failing input. */
function answersWithoutThrowing(text: string): boolean {
  const result = parseDefinition(text);
  if (result.ok) return true;
  return (
    result.error.length > 0 &&
    result.error.every(
      (error) =>
        /^(definition|spec)\./.test(error.id) &&
        catalogue[error.id] !== undefined &&
        typeof error.message === 'string' &&
        error.message !== error.id &&
        (error.location?.line === undefined || (error.location.line >= 1 && error.location.column! >= 1)),
    )
  );
}

describe('parseDefinition never throws', () => {
  it('on 6000 mutated definitions', () => {
    fc.assert(fc.property(mutated, answersWithoutThrowing), { numRuns: 6000 });
  });

  it('on 4000 random texts', () => {
    fc.assert(fc.property(random, answersWithoutThrowing), { numRuns: 4000 });
  });

  it('on a definition at the 8000-character limit full of expressions', () => {
    const text = `input: [${Array.from({ length: 1000 }, () => 'e^-1').join(', ')}]`.slice(0, 8000);
    expect(answersWithoutThrowing(text)).toBe(true);
  });
});
