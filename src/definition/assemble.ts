// Scanned entries → a SPEC-FORMAT object: the slots they fill (collect), then the spec they make (assembleSpec).
import type { UserError } from '../errors.js';
import { assembleSpec, type Assembled } from './assemble-spec.js';
import { collectStatements } from './collect.js';
import type { Entry } from './scan.js';

export type { Assembled } from './assemble-spec.js';

/** Builds the spec object; every problem is collected, none thrown. */
export function assemble(
  entries: Entry[],
  original: string,
): { ok: true; value: Assembled } | { ok: false; error: UserError[] } {
  const { collected, errors, notes } = collectStatements(entries, original);
  if (errors.length > 0) return { ok: false, error: errors };
  return assembleSpec(collected, notes, original);
}
