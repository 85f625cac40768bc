// The bot's own reading path for a pasted network: what /backprop does with a message's or modal's text.
import type { ResolvedSpec } from '../../src/core/index.js';
import { resolveNetworkInput, type ParsedDefinition } from '../../src/definition/index.js';

export type SetupReading =
  | { ok: true; spec: ResolvedSpec; notes: string[]; parsed: ParsedDefinition }
  | { ok: false; errors: string[]; ids: string[] };

/**
 * `numbering` is /backprop's and /check's option of that name (the other reading a reply offers); `worked` the
 * page's worked solution pasted with it, as /check reads a setup above its answers.
 */
export function readSetup(
  text: string,
  numbering?: 'source-first' | 'destination-first',
  worked?: string,
): SetupReading {
  const parsed = resolveNetworkInput(
    { text, numbering, worked },
    { both: 'commands.backprop_preset_and_definition', none: 'commands.backprop_no_network' },
  );
  if (!parsed.ok) {
    return { ok: false, errors: parsed.error.map((e) => e.message), ids: parsed.error.map((e) => e.id) };
  }
  return { ok: true, spec: parsed.value.spec, notes: parsed.value.notes, parsed: parsed.value };
}
