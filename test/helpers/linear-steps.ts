// The assertion every parser's linearity test makes over its worst cases (see step-count.ts for the counting).
import { expect } from 'vitest';
import { measureSteps, WORST_CASE_LENGTH, type WorstCase } from './step-count.js';

/**
 * Each worst case at the full length takes at most `stepsPerCharacter` steps a character, and doubling
 * its length at most `growth` times the steps (a rescanning parser quadruples them).
 */
export function expectLinearSteps(
  parse: (text: string) => unknown,
  cases: readonly WorstCase[],
  { stepsPerCharacter, growth = 2.6 }: { stepsPerCharacter: number; growth?: number },
): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const { name, characters, steps, halfSteps } of measureSteps(parse, cases)) {
    figures[name] = steps;
    expect(characters, name).toBeLessThanOrEqual(WORST_CASE_LENGTH);
    expect(steps, `${name}: steps at ${characters} characters`).toBeLessThanOrEqual(
      stepsPerCharacter * WORST_CASE_LENGTH,
    );
    expect(steps / Math.max(1, halfSteps), `${name}: growth when the input doubles`).toBeLessThanOrEqual(
      growth,
    );
  }
  return figures;
}
