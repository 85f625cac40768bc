// Builds a chat message from sections and fits it to a length by dropping whole rows and sections, never mid-number.
import { layOutPersianMarkdown } from './bidi.js';

export interface Section {
  /** The first line is the section's heading when `droppableRows` is set; the others are its rows. */
  lines: string[];
  /** Kept whatever happens (the heading of a reply, the error that answers the question). */
  required?: boolean;
  /** Rows may be dropped from the end, replaced by `more(n)`. */
  droppableRows?: boolean;
  /** The line that stands for `n` dropped rows, e.g. "…and 12 more weights". */
  more?: (n: number) => string;
  /** Higher is kept longer; sections of equal priority are shortened from the last one up. */
  priority?: number;
  /** At most this many rows are shown even when there is room (so one long list cannot crowd out the rest). */
  maxRows?: number;
}

// Persian lines are measured as they will be sent: laid out right to left (src/text/bidi.ts).
const render = (sections: readonly (string[] | undefined)[]): string =>
  layOutPersianMarkdown(
    sections
      .filter((lines): lines is string[] => lines !== undefined && lines.length > 0)
      .map((lines) => lines.join('\n'))
      .join('\n\n'),
  );

/** A line longer than the whole limit is cut at the last space before it: whole tokens only. */
function cutLine(line: string, limit: number): string {
  if (line.length <= limit) return line;
  const cut = line.slice(0, Math.max(limit - 2, 0));
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : ''} …`.trimStart();
}

/** Rows beyond maxRows, or that cannot fit even alone, are dropped up front (fitting a 4096-weight net stays fast). */
function capRows(section: Section, limit: number): { lines: string[]; dropped: number } {
  if (!section.droppableRows || section.lines.length <= 2) return { lines: [...section.lines], dropped: 0 };
  let length = section.lines[0]!.length;
  let keep = 0;
  const rows = section.lines.slice(1);
  const most = Math.min(rows.length, section.maxRows ?? Infinity);
  while (keep < most && length + 1 + rows[keep]!.length <= limit) length += 1 + rows[keep++]!.length;
  return {
    lines: [section.lines[0]!, ...rows.slice(0, Math.max(keep, 1))],
    dropped: rows.length - Math.max(keep, 1),
  };
}

/**
 * Joins sections (blank line between them) into at most `limit` characters: first rows are dropped
 * from droppable sections, lowest priority first, then whole optional sections; as a last resort
 * whole lines are dropped from the end. Numbers are never cut.
 */
export function fitSections(sections: readonly Section[], limit: number): string {
  const capped = sections.map((section) => capRows(section, limit));
  const withMore = (index: number, keep: number): string[] => {
    const { lines, dropped } = capped[index]!;
    const section = sections[index]!;
    const shown = Math.min(keep, lines.length - 1);
    const hidden = lines.length - 1 - shown + dropped;
    if (hidden === 0) return lines;
    return [lines[0]!, ...lines.slice(1, shown + 1), section.more ? section.more(hidden) : '…'];
  };
  const current: (string[] | undefined)[] = capped.map((_, index) => withMore(index, Infinity));
  if (render(current).length <= limit) return render(current);
  const order = sections
    .map((section, index) => ({ section, index }))
    .sort((a, b) => (a.section.priority ?? 0) - (b.section.priority ?? 0) || b.index - a.index);
  for (const { section, index } of order) {
    const available = capped[index]!.lines.length - 1;
    if (section.droppableRows && available >= 2) {
      // The longest prefix of rows that fits: binary search, since the text grows with each row kept.
      let low = 1;
      let high = available - 1;
      let best = 0;
      while (low <= high) {
        const middle = (low + high) >> 1;
        current[index] = withMore(index, middle);
        if (render(current).length <= limit) {
          best = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      current[index] = withMore(index, Math.max(best, 1));
      if (best > 0) return render(current);
    }
    if (!section.required) {
      current[index] = undefined;
      if (render(current).length <= limit) return render(current);
    }
  }
  const lines = render(current).split('\n');
  while (lines.length > 1 && lines.join('\n').length > limit) lines.pop();
  return cutLine(lines.join('\n'), limit);
}
