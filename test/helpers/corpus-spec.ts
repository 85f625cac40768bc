// A real-world corpus case's network (test/fixtures/real-world/<name>/network.json) as the core resolves it.
import { loadCase } from '../../bench/corpus/cases.js';
import { resolveSpec, type ResolvedSpec } from '../../src/core/index.js';

/** The case's network with `change` over it (a test's variation of a real page's network). */
export function corpusSpec(name: string, change: Record<string, unknown> = {}): ResolvedSpec {
  const resolved = resolveSpec({ ...(loadCase(name).network as Record<string, unknown>), ...change });
  if (!resolved.ok) throw new Error(`${name}/network.json: ${JSON.stringify(resolved.error)}`);
  return resolved.value;
}
