// "0.8 − 0.6 = 0.2": a number that is exactly its written arithmetic was computed, not truncated from another.
import { evaluateExpression } from '../definition/expression.js';
import { agreesToGivenDigits, type GivenNumber } from './numbers.js';

/** Numbers, + − × · * / and brackets only: no names, no functions (at most the calculator's 200 characters). */
const ARITHMETIC = /^[\d.()+\-−×·*/]{3,200}$/;
/** An operator between two numbers, so that `(0.2)` alone is not arithmetic. */
const OPERATION = /\d\)*[+\-−×·*/]\(*[-−]?\.?\d/;

/** Whether the segment written just before the claim is plain arithmetic whose value is the claim, to float slack. */
export function isExactArithmetic(segment: string, claim: GivenNumber): boolean {
  const compact = segment.replace(/\s+/g, '');
  if (!ARITHMETIC.test(compact) || !OPERATION.test(compact)) return false;
  const result = evaluateExpression(compact);
  return result.ok && Math.abs(result.value - claim.value) <= claim.quantum * 1e-6;
}

/**
 * Whether the segment is plain + − × whose exact value is written in no more digits than the claim, and is another
 * number: nothing was left to round (HMKCode's 2 * 0.115 + 3 * 0.073 = 0.448 for 0.449), so the claim is a slip.
 * Kaifeng's 0.7692 × (1 − 0.7692) ≈ 0.1776 (0.17753…) had digits to round, and keeps the slack for rounding.
 */
export function isOffItsArithmetic(segment: string, claim: GivenNumber): boolean {
  const compact = segment.replace(/\s+/g, '');
  if (!ARITHMETIC.test(compact) || !OPERATION.test(compact) || compact.includes('/')) return false;
  const result = evaluateExpression(compact);
  if (!result.ok) return false;
  const places = result.value / claim.quantum;
  const nothingToRound = Math.abs(places - Math.round(places)) <= 1e-6;
  return nothingToRound && !agreesToGivenDigits(result.value, claim);
}

/**
 * The claim, held to rounding when its own arithmetic gives it exactly (the page computed it from other numbers),
 * and to its digits when that arithmetic gives another number (a slip on the line itself).
 */
export function withArithmetic(segments: readonly string[], claim: GivenNumber): GivenNumber {
  const last = segments[segments.length - 1];
  if (segments.length < 2 || last === undefined) return claim;
  if (isExactArithmetic(last, claim)) return { ...claim, computed: true };
  return isOffItsArithmetic(last, claim) ? { ...claim, offItsArithmetic: true } : claim;
}
