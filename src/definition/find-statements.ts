// Step 2 of reading a definition: the `key: value` statements of the text, each located, and what was skipped.
import type { UserError } from '../errors.js';
import { isDrawingLine } from './fences.js';
import { looksLikeLatex, splitLatex } from './latex.js';
import { readLabel, scopeByLayerLabels } from './layer-labels.js';
import { numberedBiasesBesideOutput } from './bias-reading.js';
import { isNetInput, netInputKeys } from './net-inputs.js';
import { looksLikePage, prepareLine } from './page.js';
import { readPageFacts, type PageFacts } from './page-facts.js';
import { sampleOutputAsTarget } from './sample-sentence.js';
import { scanEntries, type Entry } from './scan.js';
import { sentencesAsStatements, valueBeforeProse } from './sentences.js';
import { replaceMapped, slice, type MappedText } from './source.js';
import { tablesAsStatements } from './tables.js';
import { lastOfChains } from './value-chains.js';
import { besidesStated, compact, readWorkedSums, type WorkedReading } from './worked-sums.js';
import { bracketedKeys } from './bracketed-keys.js';

export interface Statements {
  entries: Entry[];
  errors: UserError[];
  /** Words that looked like keys but are not part of a network (prose around LaTeX). */
  ignored: string[];
  /** The text was homework with LaTeX: prose skipped, math read. */
  latex: boolean;
  /** The text was a page (prose, code, markdown): only what reads as the network was taken. */
  page: boolean;
  /** What the page said in words (activations, loss, no biases). */
  facts: PageFacts;
  /** The worked sums the network was read from, when the page gives its weights only there. */
  worked?: WorkedReading;
}

const KEY_AT_LINE_END = /\b(targets|inputs|learning rate)[^\S\n]*\n[^\S\n]*(?=[-+]?\.?\d)/gi;

const REGULARISATION = /regulari[sz]|weight[\s_-]?decay|\bL2\b|penalt/i;
/** `lambda`, `λ`: the other names of weight decay say what they are. */
const BARE_LAMBDA = /^\s*(?:lambda|λ)\s*$/i;

/** `p1`: an input pattern when it is a vector; a lone number named p1 is something else. */
const PATTERN = /^\s*p_?1\s*$/i;

const WORD_FIELDS = new Set(['activations', 'loss', 'updateBiases', 'name', 'description', 'layers']);

/** A LaTeX `array` or `tabular` of names over values (no `=` in it) → statements, like a markdown table. */
function mathTable(piece: MappedText): MappedText {
  if (/[=:]/.test(piece.text) || !piece.text.includes('\n')) return piece;
  return tablesAsStatements(replaceMapped(piece, /^\s*\[|\]\s*$|\bhline\b/g, () => ' '));
}

/** Plain notation is read strictly (every line must be a statement); a page as math plus prose. */
export function findStatements(pasted: MappedText, original: string): Statements {
  // `… with learning rate` at the end of a line, `0.3 and …` on the next: one statement.
  const body = replaceMapped(pasted, KEY_AT_LINE_END, (m) => `${m[1]} = `);
  const latex = looksLikeLatex(body.text);
  const page = latex || looksLikePage(body.text);
  if (!page) {
    const scanned = scanEntries(body, original, 'strict');
    return { entries: scanned.entries, errors: scanned.errors, ignored: [], latex, page, facts: {} };
  }
  const entries: Entry[] = [];
  const errors: UserError[] = [];
  const ignored: string[] = [];
  const pieces = splitLatex(body);
  const prose = pieces.prose.filter((line) => !isDrawingLine(line.text));
  // `y = x_1 + x_2 = 1.1 + 2.2 = 3.3` is y = 3.3 when the sums come to it (value-chains.ts); `laju
  // pembelajaran (α) = 0.01` is α = 0.01 (bracketed-keys.ts).
  const readable = [...pieces.math.map(mathTable), ...prose].map((line) =>
    sampleOutputAsTarget(sentencesAsStatements(prepareLine(bracketedKeys(lastOfChains(line))))),
  );
  // `u1 = w1*x1 + … = 0.3775` names a net input, not a per-layer weight (net-inputs.ts): skipped, said.
  const netInputs = netInputKeys([...pieces.math, ...prose]);
  // λ is weight decay only where the page speaks of it; elsewhere it is a slope, a rate of something else.
  const regularised = REGULARISATION.test(body.text);
  for (const piece of readable) {
    const scanned = scanEntries(piece, original, 'prose');
    for (const entry of scanned.entries) {
      if (
        isNetInput(entry, netInputs) ||
        (PATTERN.test(entry.key.text) && !entry.value.text.trimStart().startsWith('['))
      ) {
        ignored.push(entry.key.text.trim());
        continue;
      }
      if (
        !regularised &&
        entry.ref?.kind === 'training' &&
        entry.ref.field === 'l2' &&
        BARE_LAMBDA.test(entry.key.text)
      ) {
        ignored.push(entry.key.text.trim());
        continue;
      }
      const field = entry.ref?.kind === 'field' ? entry.ref.field : undefined;
      if (!field || !WORD_FIELDS.has(field))
        entry.value = slice(entry.value, 0, valueBeforeProse(entry.value));
      if (entry.value.text.trim() !== '') entries.push(entry);
    }
    errors.push(...scanned.errors);
    // A label naming a layer ("Hidden to Output Layer:") was read, not skipped.
    ignored.push(...scanned.ignored.filter((key) => !readLabel(key)));
  }
  // Weights given only inside worked sums (`(w_{H11.I1} * I_1) + …` = `(0.5 * 1) + …`) are read from them.
  const sums = readWorkedSums(pieces.math, original);
  const fromSums = sums ? besidesStated(sums, entries) : { entries: [], errors: [] };
  entries.push(...fromSums.entries);
  errors.push(...fromSums.errors);
  // Math first then prose: put entries back in reading order for duplicate messages.
  entries.sort((a, b) => (a.key.map[0] ?? 0) - (b.key.map[0] ?? 0));
  const facts = readPageFacts([...pieces.prose, ...pieces.math], original);
  const worked: WorkedReading | undefined = fromSums.entries.length > 0 ? sums : undefined;
  if (worked?.sigmoid && !facts.activation && !facts.byLayer)
    facts.activation = { value: { all: 'sigmoid' }, ...worked.sigmoid };
  const skipped = worked ? ignored.filter((key) => !worked.sides.has(compact(key))) : ignored;
  return {
    entries: numberedBiasesBesideOutput(scopeByLayerLabels(entries, body).entries),
    errors,
    ignored: skipped,
    latex,
    page,
    facts,
    ...(worked ? { worked } : {}),
  };
}
