// formatDefinition / formatOneLine write a spec that parseDefinition reads back exactly (property tests).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedSpec } from '../../src/core/types.js';
import { formatDefinition, formatOneLine, loadPreset, parseDefinition } from '../../src/definition/index.js';
import { networkSpec } from '../core/arbitraries/network-spec.js';

/** Random valid specs, with the optional fields and step counts the core generator leaves fixed. */
const specs: fc.Arbitrary<ResolvedSpec> = fc
  .record({
    base: networkSpec({ maxLayers: 3, maxUnits: 4 }),
    steps: fc.integer({ min: 1, max: 100000 }),
    name: fc.option(fc.string({ maxLength: 20, unit: 'binary' }), { nil: undefined }),
    description: fc.option(fc.string({ maxLength: 60, unit: 'grapheme' }), { nil: undefined }),
  })
  .map(({ base, steps, name, description }) => ({
    ...base,
    steps,
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
  }));

function reparse(text: string): ResolvedSpec {
  const result = parseDefinition(text);
  if (!result.ok) throw new Error(`did not parse:\n${text}\n${JSON.stringify(result.error, null, 1)}`);
  return result.value.spec;
}

describe('formatDefinition', () => {
  it('reads the mazur preset back as the canonical block a TA can check', () => {
    const mazur = loadPreset('mazur');
    if (!mazur.ok) throw new Error('mazur');
    expect(formatDefinition(mazur.value.spec)).toBe(
      [
        'name: mazur',
        'layers: 2-2-2',
        'activation: sigmoid',
        'loss: half_sse',
        'learning rate: 0.5',
        'update biases: no',
        'steps: 1',
        'input: [0.05, 0.1]',
        'target: [0.01, 0.99]',
        'W1: [[0.15, 0.2], [0.25, 0.3]]',
        'b1: 0.35  # one bias shared by the layer',
        'W2: [[0.4, 0.45], [0.5, 0.55]]',
        'b2: 0.6  # one bias shared by the layer',
      ].join('\n'),
    );
  });

  it('round-trips every valid spec exactly (parse(format(s)) = s)', () => {
    fc.assert(
      fc.property(specs, (spec) => {
        expect(reparse(formatDefinition(spec))).toStrictEqual(spec);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatOneLine', () => {
  it('writes the classic example compactly on one line', () => {
    const mazur = loadPreset('mazur');
    if (!mazur.ok) throw new Error('mazur');
    expect(formatOneLine(mazur.value.spec)).toBe(
      'name:"mazur" layers:2-2-2 update_biases:no input:[0.05,0.1] target:[0.01,0.99] W1:[0.15,0.2;0.25,0.3] b1:0.35 W2:[0.4,0.45;0.5,0.55] b2:0.6',
    );
  });

  it('round-trips every valid spec exactly and never contains a newline', () => {
    fc.assert(
      fc.property(specs, (spec) => {
        const line = formatOneLine(spec);
        expect(line).not.toMatch(/[\n\r]/);
        expect(reparse(line)).toStrictEqual(spec);
      }),
      { numRuns: 300 },
    );
  });
});
