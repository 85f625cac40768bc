// The bot's own reading path for a pasted network (what /backprop and /check do with a definition or text).
import type { ResolvedSpec } from '../../src/core/index.js';
import { parseDefinition } from '../../src/definition/index.js';

export type SetupReading =
  { ok: true; spec: ResolvedSpec; notes: string[] } | { ok: false; errors: string[] };

export function readSetup(text: string): SetupReading {
  const parsed = parseDefinition(text);
  if (!parsed.ok) return { ok: false, errors: parsed.error.map((e) => e.message) };
  return { ok: true, spec: parsed.value.spec, notes: parsed.value.notes };
}
