// MATLAB/Octave `%` and Python `#` comments that hold an assignment's value: `w1 = w + a * g % 2.0132 -0.9852`.
/** One to twenty numbers, spaces or commas between them (a displayed row vector). */
const NUMBERS = String.raw`[-+]?\d+(?:\.\d+)?(?:(?:\s+|\s*,\s*)[-+]?\d+(?:\.\d+)?){0,20}`;
/** `name = code  % 2.0132 -0.9852 -0.4819`: the value after the code, in its comment. */
const VALUE_AFTER_CODE = new RegExp(
  String.raw`^\s*([A-Za-z_]\w{0,30})\s*=(?!=)[^%#]{1,200}[%#]\s*(${NUMBERS})\s*$`,
);
/** `err1 = 1/2 * transpose(diff) * diff  % a remark`: an assignment whose value may come on the next line. */
const ASSIGNMENT = /^\s*([A-Za-z_]\w{0,30})\s*=(?!=)[^%#]{1,200}(?:[%#].{0,200})?$/;
/** `%  0.0905` alone on a line. */
const VALUE_LINE = new RegExp(String.raw`^\s*[%#]\s*(${NUMBERS})\s*$`);

/** The numbers as a statement's value: one number, or a bracketed vector. */
function valueText(numbers: string): string {
  const parts = numbers.trim().split(/[\s,]+/);
  return parts.length === 1 ? parts[0]! : `[${parts.join(', ')}]`;
}

/**
 * Lines whose value is only in a code comment, rewritten as `name = value` (the value's own line, so the
 * statement sits where its number is written); `printedLines` gets their indices (computed values).
 */
export function commentValues(lines: string[], printedLines: Set<number>): string[] {
  let assigned: string | undefined;
  return lines.map((line, index) => {
    const after = line.length <= 400 ? VALUE_AFTER_CODE.exec(line) : null;
    const alone = assigned !== undefined && line.length <= 200 ? VALUE_LINE.exec(line) : null;
    const assignment = line.length <= 400 ? ASSIGNMENT.exec(line) : null;
    const name = assigned;
    // Only short lines are looked at again (the sheet's long lines are read once, by the parser).
    const blank = line.length <= 200 && line.trim() === '';
    assigned = assignment && !after ? assignment[1] : blank ? assigned : undefined;
    if (after) {
      printedLines.add(index);
      return `${after[1]} = ${valueText(after[2]!)}`;
    }
    if (alone && name !== undefined) {
      printedLines.add(index);
      return `${name} = ${valueText(alone[1]!)}`;
    }
    return line;
  });
}
