// ``` fenced blocks: the first one that holds a network is the network; one that is a picture (ASCII art) is skipped.
import { slice, type MappedText } from './source.js';

export interface Fence {
  /** The block's body (between the fence lines). */
  body: MappedText;
  /** Offsets of the whole block, fences included, in the piece it was found in. */
  start: number;
  stop: number;
}

const FENCE = /```[^\n`]*\n([\s\S]*?)```|```([\s\S]*?)```/g;
/** Characters that draw: lines, boxes, arrows. */
const DRAWING = /[-|/\\+<>^v_=()[\]o*.:─│┌┐└┘├┤┬┴┼→←↑↓⟶]/gu;

export function fencesOf(m: MappedText): Fence[] {
  const fences: Fence[] = [];
  FENCE.lastIndex = 0;
  for (let match = FENCE.exec(m.text); match; match = FENCE.exec(m.text)) {
    const inner = match[1] ?? match[2] ?? '';
    const start = match.index + match[0].indexOf(inner, match[0].indexOf('```') + 3);
    fences.push({ body: slice(m, start, start + inner.length), start: match.index, stop: FENCE.lastIndex });
  }
  return fences;
}

/**
 * A picture: most of its characters draw (lines, boxes, arrows) and hardly any line is a
 * `name = number` statement. A network block may contain an arrow or two, never mostly drawing.
 */
export function isPicture(text: string): boolean {
  const visible = text.replace(/\s/g, '');
  if (visible.length === 0) return false;
  const drawing = (visible.match(DRAWING) ?? []).length;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  // `x = 0.5`, `W = [[…]]`, and code's `W = np.array([[…]])` (a call holding the numbers).
  const statements = lines.filter((line) =>
    /^\s*[\p{L}_][\p{L}\p{N}_\s]*[:=]\s*(?:[-\d[(]|[A-Za-z_][\w.]*\()/u.test(line),
  );
  return drawing / visible.length > 0.35 && statements.length * 2 < lines.length;
}

/** A line drawn with characters (part of an ASCII diagram outside a fence). */
export function isDrawingLine(line: string): boolean {
  const visible = line.replace(/\s/g, '');
  if (visible.length < 3) return false;
  const drawing = (visible.match(DRAWING) ?? []).length;
  return drawing / visible.length > 0.6;
}
