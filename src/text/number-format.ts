// Numbers as homework writes them: 4 decimals by default, significant digits for small values.

/**
 * Formats `x` with `precision` decimals (default 4, like 0.5933). Values below 0.01 keep
 * `precision` significant digits instead (0.0004386, not 0.0004); very large or very small
 * magnitudes use exponent notation (1.234e+6, 1.234e-9).
 */
export function formatNumber(x: number, precision = 4): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return (0).toFixed(precision);
  const magnitude = Math.abs(x);
  if (magnitude >= 1e6 || magnitude < 1e-6) return x.toExponential(Math.max(precision - 1, 0));
  if (magnitude >= 0.01) return x.toFixed(precision);
  return x.toPrecision(precision);
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 1.234·10⁻⁹ from the mantissa and exponent of 1.234e-9, as a textbook writes it. */
export function timesTenTo(mantissa: string, exponent: string): string {
  return `${mantissa}·10${[...exponent.replace('+', '')].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('')}`;
}

/** Text a person reads, not types: a real minus sign, and 1.234·10⁻⁹ instead of 1.234e-9. */
export function readableNumber(text: string): string {
  const exponent = /^(-?[\d.]+)e([+-]\d+)$/.exec(text);
  const plain = exponent ? timesTenTo(exponent[1]!, exponent[2]!) : text;
  return plain.replace(/^-/, '−');
}

/** formatNumber for chat text, walkthroughs and pictures (one minus sign, one exponent style). */
export function displayNumber(x: number, precision = 4): string {
  return readableNumber(formatNumber(x, precision));
}
