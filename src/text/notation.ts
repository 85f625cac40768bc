// How the walkthrough writes activations, losses and given numbers (homework notation).
import { ACTIVATIONS } from '../core/records/activation-records.js';
import { LOSSES } from '../core/records/loss-records.js';
import type { ActivationName, LossName } from '../core/types.js';
import { displayNumber, readableNumber } from './number-format.js';

/** The function symbol used in `out = f(net)`. */
export const activationSymbol = (name: ActivationName): string => ACTIVATIONS[name].symbol;

/** The loss as the walkthrough writes it, e.g. `E = ½Σ(t − o)²`. */
export const lossFormula = (name: LossName): string => LOSSES[name].formula;

/** An activation as a reply names it: its id in English (sigmoid), its Persian name in Persian (سیگموید). */
export function activationTitle(name: ActivationName, locale: 'en' | 'fa'): string {
  return locale === 'fa' ? ACTIVATIONS[name].title.fa : name;
}

/** A loss as a reply names it: its id in English (half_sse), its Persian name in Persian. */
export function lossTitle(name: LossName, locale: 'en' | 'fa'): string {
  return locale === 'fa' ? LOSSES[name].title.fa : name;
}

/** A number the user gave (weight, input, η): as typed when it is short, else rounded (with a real minus sign). */
export function formatGiven(x: number, precision: number): string {
  return Number(x.toFixed(precision)) === x ? readableNumber(String(x)) : displayNumber(x, precision);
}

/** A factor inside a product: negative values in parentheses, as homework writes them. */
export function factor(text: string): string {
  return text.startsWith('-') || text.startsWith('−') ? `(${text})` : text;
}
