// Where parts of a line end up on screen, by the Unicode Bidirectional Algorithm (bidi-js): the reading
// order of a right-to-left line is its parts sorted from the right edge to the left.
import bidiFactory from 'bidi-js';
import { visualRuns } from '../../src/render/text.js';

const bidi = bidiFactory();
// Persian letters; Persian and Arabic-Indic digits run left to right like any number.
const PERSIAN = /[\u0600-\u065F\u066A-\u06EF\u06FA-\u06FF]/;
const CONTROL = /[\u200E\u200F\u2066-\u2069]/;

interface Placed {
  part: string;
  left: number;
  /** Each character of the part in the direction it should run (left to right for Latin, right to left for Persian). */
  intact: boolean;
  /** Brackets at a right-to-left level are drawn mirrored. */
  mirrored: boolean;
}

/** Visual column of every character of `text` in a paragraph of direction `base` (as a chat client lays it out). */
export function visualColumns(text: string, base: 'ltr' | 'rtl'): { column: number[]; level: Uint8Array } {
  const levels = bidi.getEmbeddingLevels(text, base);
  const order = Array.from(text, (_c, i) => i);
  for (const [start, end] of bidi.getReorderSegments(text, levels)) {
    order.splice(start, end - start + 1, ...order.slice(start, end + 1).reverse());
  }
  const column = new Array<number>(text.length);
  order.forEach((logical, visual) => (column[logical] = visual));
  return { column, level: levels.levels };
}

function place(text: string, parts: string[], column: number[], level: ArrayLike<number>): Placed[] {
  let from = 0;
  return parts.map((part) => {
    const at = text.indexOf(part, from);
    if (at < 0) throw new Error(`part ${JSON.stringify(part)} not found in ${JSON.stringify(text)}`);
    from = at + part.length;
    const indices = Array.from({ length: part.length }, (_, k) => at + k).filter(
      (i) => !CONTROL.test(text[i]!),
    );
    const columns = indices.map((i) => column[i]!);
    const rtl = PERSIAN.test(part);
    const intact = columns.every((c, k) => k === 0 || (rtl ? c < columns[k - 1]! : c > columns[k - 1]!));
    return {
      part,
      left: Math.min(...columns),
      intact,
      mirrored: indices.every((i) => level[i]! % 2 === 1),
    };
  });
}

/**
 * The parts (substrings in logical order) as a reader of a right-to-left line meets them, right to left,
 * in a chat client whose paragraph direction is `base`. A part whose characters are split or reversed is
 * marked `!part`; a bracket that would not be mirrored is marked `part!` when `brackets` asks for mirroring.
 */
export function rightToLeftReading(text: string, base: 'ltr' | 'rtl', parts: string[]): string[] {
  const { column, level } = visualColumns(text, base);
  return place(text, parts, column, level)
    .sort((a, b) => b.left - a.left)
    .map((p) => (p.intact ? p.part : `!${p.part}`));
}

/** Whether each bracket part would be drawn mirrored (it sits at a right-to-left level). */
export function mirroredBrackets(text: string, base: 'ltr' | 'rtl', parts: string[]): boolean[] {
  const { column, level } = visualColumns(text, base);
  return place(text, parts, column, level).map((p) => p.mirrored);
}

/** The same reading for a line as the renderer draws it (src/render/text.ts visualRuns). */
export function drawnReading(line: string, parts: string[]): string[] {
  // Visual string: runs left to right, each right-to-left run's characters reversed and mirrored.
  const mirror: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[' };
  const drawn = visualRuns(line)
    .map((run) =>
      run.rtl
        ? Array.from(run.text, (c) => mirror[c] ?? c)
            .reverse()
            .join('')
        : run.text,
    )
    .join('');
  const found = parts.map((part) => {
    // Persian and the brackets around it are drawn reversed and mirrored.
    const shown =
      PERSIAN.test(part) || mirror[part] !== undefined
        ? Array.from(part, (c) => mirror[c] ?? c)
            .reverse()
            .join('')
        : part;
    return { part, at: drawn.indexOf(shown) };
  });
  return found
    .map((f) => (f.at < 0 ? { part: `!${f.part}`, at: -1 } : f))
    .sort((a, b) => b.at - a.at)
    .map((f) => f.part);
}
