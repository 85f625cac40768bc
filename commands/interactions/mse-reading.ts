// The other reading of a page's "MSE": read as ½Σ(t−o)² by convention (said in a note), (1/n)Σ(t−o)² one click away.
import { formatOneLine, parseDefinition } from '../../src/definition/index.js';
import type { Request } from '../../src/dispatch/types.js';

/**
 * Whether the request's page said "MSE" and nothing on it settled the ½ (the `mse_reading` note), no `loss` typed,
 * and the two readings differ (with two outputs ½ = 1/n: one loss).
 */
export function mseReadByConvention(request: Pick<Request, 'options' | 'text'>): boolean {
  if (request.options.preset !== undefined) return false;
  const definition = request.options.definition;
  const text = typeof definition === 'string' && definition.trim() !== '' ? definition : request.text;
  if (!text) return false;
  const parsed = parseDefinition(text);
  if (!parsed.ok) return false;
  const { layers } = parsed.value.spec;
  if (layers[layers.length - 1] === 2) return false;
  return parsed.value.noteMessages.some((note) => note.id === 'definition.note.mse_reading');
}

/** The one-line network `network` with the loss (1/n)Σ(t−o)², or undefined when it does not read. */
export function withMeanLoss(network: string): string | undefined {
  const parsed = parseDefinition(network);
  if (!parsed.ok) return undefined;
  const spec = { ...parsed.value.spec, loss: 'mse' };
  return formatOneLine(spec as Parameters<typeof formatOneLine>[0]);
}
