// Builds a chat message from sections and fits it to a length by dropping whole rows and sections, never mid-number.

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
}

const render = (sections: readonly (string[] | undefined)[]): string =>
  sections
    .filter((lines): lines is string[] => lines !== undefined && lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');

/** A line longer than the whole limit is cut at the last space before it: whole tokens only. */
function cutLine(line: string, limit: number): string {
  if (line.length <= limit) return line;
  const cut = line.slice(0, Math.max(limit - 2, 0));
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : ''} …`.trimStart();
}

/**
 * Joins sections (blank line between them) into at most `limit` characters: first rows are dropped
 * from droppable sections, lowest priority first, then whole optional sections; as a last resort
 * whole lines are dropped from the end. Numbers are never cut.
 */
export function fitSections(sections: readonly Section[], limit: number): string {
  const current: (string[] | undefined)[] = sections.map((s) => [...s.lines]);
  if (render(current).length <= limit) return render(current);
  const order = sections
    .map((section, index) => ({ section, index }))
    .sort((a, b) => (a.section.priority ?? 0) - (b.section.priority ?? 0) || b.index - a.index);
  for (const { section, index } of order) {
    if (section.droppableRows && section.lines.length > 2) {
      const rows = section.lines.slice(1);
      for (let keep = rows.length - 1; keep >= 1; keep--) {
        const dropped = rows.length - keep;
        current[index] = [
          section.lines[0]!,
          ...rows.slice(0, keep),
          ...(section.more ? [section.more(dropped)] : ['…']),
        ];
        if (render(current).length <= limit) return render(current);
      }
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
