// A real-world corpus case's setup read as /backprop reads a pasted page (optionally with its worked solution).
import { readFileSync } from 'node:fs';
import { computeTrace } from '../../src/core/index.js';
import type { Trace } from '../../src/core/types.js';
import { parseDefinition, type ParsedDefinition } from '../../src/definition/index.js';

const file = (name: string, part: 'setup' | 'solution') =>
  readFileSync(new URL(`../fixtures/real-world/${name}/${part}.txt`, import.meta.url), 'utf8');

/** The page's network, its own names and its trace; `worked`: its solution settles what the setup leaves open. */
export function readCorpusPage(
  name: string,
  worked = false,
): { parsed: ParsedDefinition; trace: Trace; setup: string } {
  const setup = file(name, 'setup');
  const result = parseDefinition(setup, worked ? { worked: file(name, 'solution') } : {});
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return { parsed: result.value, trace: computeTrace(result.value.spec), setup };
}
