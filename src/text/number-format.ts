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
