// Step 2 of reading a definition: the `key: value` statements of the text, each located, and what was skipped.
import type { UserError } from '../errors.js';
import { looksLikeLatex, splitLatex } from './latex.js';
import { scanEntries, type Entry } from './scan.js';
import type { MappedText } from './source.js';

export interface Statements {
  entries: Entry[];
  errors: UserError[];
  /** Words that looked like keys but are not part of a network (prose around LaTeX). */
  ignored: string[];
  /** The text was homework with LaTeX: prose skipped, math read. */
  latex: boolean;
}

/** Plain notation is read strictly (every line must be a statement); LaTeX homework as math plus prose. */
export function findStatements(body: MappedText, original: string): Statements {
  const latex = looksLikeLatex(body.text);
  if (!latex) {
    const scanned = scanEntries(body, original, 'strict');
    return { entries: scanned.entries, errors: scanned.errors, ignored: [], latex };
  }
  const entries: Entry[] = [];
  const errors: UserError[] = [];
  const ignored: string[] = [];
  const pieces = splitLatex(body);
  for (const piece of [...pieces.math, ...pieces.prose]) {
    const scanned = scanEntries(piece, original, 'prose');
    entries.push(...scanned.entries);
    errors.push(...scanned.errors);
    ignored.push(...scanned.ignored);
  }
  // Math first then prose: put entries back in reading order for duplicate messages.
  entries.sort((a, b) => (a.key.map[0] ?? 0) - (b.key.map[0] ?? 0));
  return { entries, errors, ignored, latex };
}
