// A case's key against its network.json: every number the key calls correct is what the core computes, to the digits given.
import { agreesToGivenDigits, parseGivenNumber } from '../../src/check/numbers.js';
import type { CorpusCase } from './cases.js';
import { specOf } from './score.js';
import { truthOf } from './truth.js';
import { readKeyQuantity } from './vocabulary.js';

/** Problems found (empty when the key and the network agree). */
export function verifyCase(c: CorpusCase): string[] {
  const problems: string[] = [];
  const spec = specOf(c);
  const truth = truthOf(spec);
  const lines = c.solutionText.split('\n');
  for (const entry of c.key) {
    const where = `${c.name} line ${entry.line} ${entry.quantity}`;
    const q = readKeyQuantity(entry.quantity, spec);
    if (!q) {
      problems.push(`${where}: not a quantity of the vocabulary`);
      continue;
    }
    const given = typeof entry.value === 'string' ? parseGivenNumber(entry.value) : undefined;
    if (!given) {
      problems.push(`${where}: value ${JSON.stringify(entry.value)} is not a number written as a string`);
      continue;
    }
    const text = lines[entry.line - 1] ?? '';
    if (!text.includes(entry.value))
      problems.push(`${where}: "${entry.value}" is not on that line of solution.txt`);
    const expected = (entry.scale ?? 1) * truth.value(q);
    const agrees = agreesToGivenDigits(expected, given);
    if (entry.approximate) {
      if (agrees || Math.abs(expected - given.value) > 0.2 * Math.abs(expected))
        problems.push(
          `${where}: key says correct from rounded values, core gives ${expected} for ${entry.value}`,
        );
      continue;
    }
    if (entry.verdict === 'correct' && !agrees)
      problems.push(`${where}: key says correct, core gives ${expected} for ${entry.value}`);
    // A wrong number may still equal the truth truncated to its few digits (0.2 for 0.275): only rounding convicts the key.
    const rounded = Math.abs(expected - given.value) <= given.quantum / 2 + 1e-12 * Math.abs(expected);
    if (entry.verdict !== 'correct' && rounded)
      problems.push(`${where}: key says ${entry.verdict}, but ${entry.value} is the core's ${expected}`);
  }
  return problems;
}
