// Numbers as students write them (0.5932, .05, −0.0381, 4.38e-4, 4.38 × 10^{-4}, ۰٫۵۹۳۲) and what their digits promise.

/** A number the student wrote, with the precision its digits claim. */
export interface GivenNumber {
  value: number;
  /** The characters as written (after digit normalisation). */
  text: string;
  /** One unit in the last written place: 0.5932 → 0.0001; 4.38e-4 → 0.01e-4. */
  quantum: number;
  /** Significant digits written (0.0005 → 1, 0.2170716 → 7). */
  significantDigits: number;
  /** Written without a decimal point: compared by rounding only. */
  wholeNumber?: boolean;
  /** Exactly the arithmetic written before it (`0.8 − 0.6 = 0.2`): computed, so compared by rounding only. */
  computed?: boolean;
  /** Printed by code (`print(…)  # 0.0631`): computed at full precision, so no slack for rounding on the way. */
  printed?: boolean;
  /** Not what the plain + − × written before it gives (`2 * 0.115 + 3 * 0.073 = 0.448`): a slip, so no slack either. */
  offItsArithmetic?: boolean;
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Persian/Arabic digits → ASCII, Arabic decimal separator → '.', typographic minus → '-'. */
export function normaliseDigits(text: string): string {
  let result = '';
  for (const ch of text) {
    const persian = PERSIAN_DIGITS.indexOf(ch);
    const arabic = ARABIC_DIGITS.indexOf(ch);
    if (persian >= 0) result += String(persian);
    else if (arabic >= 0) result += String(arabic);
    else if (ch === '٫') result += '.';
    else if (ch === '−' || ch === '–') result += '-';
    else result += ch;
  }
  return result;
}

const PLAIN = /^([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)(?:\s*(?:e|E)\s*([+-]?\d+))?$/;
const TIMES_TEN =
  /^([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)\s*(?:\\times|×|\*|\\cdot|·|x)\s*10\s*\^\s*(?:\{\s*)?([+-]?\d+)\s*\}?$/;

/** Reads a whole segment as one number, or undefined when it is anything else (an expression, a name). */
export function parseGivenNumber(raw: string): GivenNumber | undefined {
  const text = normaliseDigits(raw)
    .replace(/\\[,;!: ]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/(?<![.,;:])[.,;:]+$/, (m) => (/^\.\d/.test(m) ? m : ''))
    .trim();
  const match = PLAIN.exec(text) ?? TIMES_TEN.exec(text);
  if (!match) return undefined;
  const [, sign, mantissa, exponentText] = match;
  const decimals = mantissa!.includes('.') ? mantissa!.length - mantissa!.indexOf('.') - 1 : 0;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const value = Number(`${sign}${mantissa}`) * 10 ** exponent;
  if (!Number.isFinite(value)) return undefined;
  // A whole number is read as accurate to one decimal, rounded: "1" is not "0.74 rounded" nor "1.09 truncated".
  const whole = decimals === 0 && exponentText === undefined;
  const significantDigits = mantissa!.replace('.', '').replace(/^0+/, '').length;
  return {
    value,
    text,
    quantum: Number(`1e${exponent - (whole ? 1 : decimals)}`),
    significantDigits,
    ...(whole ? { wholeNumber: true } : {}),
  };
}

/** Floating-point slack when comparing decimal digits (e.g. 0.1 + 0.2). */
const SLACK = 1e-9;

/** The true value rounded, or truncated, to the digits the student gave equals what they wrote. */
export function agreesToGivenDigits(value: number, given: GivenNumber): boolean {
  if (!Number.isFinite(value)) return false;
  const q = given.quantum;
  const slack = SLACK * Math.max(q, Math.abs(value) * 1e-6);
  if (Math.abs(value - given.value) <= q / 2 + slack) return true;
  if (given.wholeNumber || given.computed) return false;
  // Truncation toward zero: |given| ≤ |value| < |given| + q, same sign (or given 0).
  const sameSide = given.value === 0 || Math.sign(value) === Math.sign(given.value);
  const magnitude = Math.abs(value);
  const written = Math.abs(given.value);
  return sameSide && magnitude + slack >= written && magnitude < written + q - slack;
}

/** Below this many significant digits a number is held to its digits (one unit of `0.56` is 2 %: no slip fits less). */
export const MIN_DIGITS_FOR_ROUNDING_SLACK = 3;

/**
 * To the digits written, or, for a number of three or more significant digits, within one unit of its last
 * digit (the student's own rounding on the way): what ≈ and carried accept.
 */
export function withinRounding(value: number, given: GivenNumber): boolean {
  return (
    agreesToGivenDigits(value, given) ||
    (given.significantDigits >= MIN_DIGITS_FOR_ROUNDING_SLACK &&
      !given.printed &&
      !given.offItsArithmetic &&
      withinOneUnit(value, given))
  );
}

/** Within one unit of the last written place: what the student's own intermediate rounding can explain. */
export function withinOneUnit(value: number, given: GivenNumber): boolean {
  if (!Number.isFinite(value)) return false;
  return Math.abs(value - given.value) <= given.quantum * (1 + SLACK);
}
