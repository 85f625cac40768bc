// The data-set and optimizer fields written back in the bot's notation (block and one line).
import { OPTIMIZERS } from '../core/records/optimizer-records.js';
import type { ResolvedSpec, Vector } from '../core/types.js';

const numbers = (v: Vector) => v.map((x) => (Object.is(x, -0) ? '-0' : String(x))).join(' ');
const compactNumber = (x: number) => (Object.is(x, -0) ? '-0' : String(x));

/** The optimizer's settings that differ from plain SGD, as `key: value` pairs. */
function settings(spec: ResolvedSpec): [string, string][] {
  const training = spec.training!;
  const pairs: [string, string][] = [];
  if (training.data) {
    pairs.push(['epochs', compactNumber(training.epochs)]);
    pairs.push(['batch size', compactNumber(training.batchSize)]);
  } else pairs.push(['steps', compactNumber(training.epochs)]);
  if (training.reduction !== 'mean') pairs.push(['reduction', training.reduction]);
  pairs.push(['optimizer', training.optimizer]);
  for (const name of OPTIMIZERS[training.optimizer].hyperParameters)
    pairs.push([name, compactNumber(training.hyper[name])]);
  if (training.l2 !== 0) pairs.push(['l2', compactNumber(training.l2)]);
  return pairs;
}

/** Replaces the `steps`, `input` and `target` lines of the block: `data:` with one row per sample. */
export function trainingBlockLines(spec: ResolvedSpec): string[] {
  const training = spec.training!;
  const lines = settings(spec).map(([key, value]) => `${key}: ${value}`);
  if (training.data) {
    lines.push('data:');
    for (const sample of training.data) lines.push(`${numbers(sample.input)} -> ${numbers(sample.target)}`);
  } else {
    lines.push(`input: [${spec.input.join(', ')}]`, `target: [${spec.target.join(', ')}]`);
  }
  return lines;
}

/** The same for one line: `data:[[x…,t…],…]` (split by the layers given on the line). */
export function trainingOneLineParts(spec: ResolvedSpec): string[] {
  const training = spec.training!;
  const parts = settings(spec).map(([key, value]) => `${key.replace(' ', '_')}:${value}`);
  if (training.data) {
    const rows = training.data.map((s) => `[${[...s.input, ...s.target].map(compactNumber).join(',')}]`);
    parts.push(`data:[${rows.join(',')}]`);
  } else {
    parts.push(
      `input:[${spec.input.map(compactNumber).join(',')}]`,
      `target:[${spec.target.map(compactNumber).join(',')}]`,
    );
  }
  return parts;
}
