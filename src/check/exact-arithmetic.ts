// "0.8 − 0.6 = 0.2": a number that is exactly its written arithmetic was computed, not truncated from another.
import { evaluateExpression } from '../definition/expression.js';
import type { GivenNumber } from './numbers.js';

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

/** The claim, held to rounding when its own arithmetic gives it exactly (the page computed it from other numbers). */
export function withArithmetic(segments: readonly string[], claim: GivenNumber): GivenNumber {
  const last = segments[segments.length - 1];
  return segments.length > 1 && last !== undefined && isExactArithmetic(last, claim)
    ? { ...claim, computed: true }
    : claim;
}
