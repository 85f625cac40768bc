// A page's "Loss: MSE" names the loss in the page's words, not our `loss: mse` option: whether it has ½ is open.
import type { Found } from './collect.js';

/** "MSE" as pages write it (capitals) or "Mean Squared Error": not our lower-case option `loss: mse`. */
const PAGE_WORDS = /^(?:MSE|[Mm]ean[ -][Ss]quared[ -][Ee]rror(?: ?\(MSE\))?)\.?$/;

/** Whether a page's `loss` statement is the page's word "MSE", which leaves the ½ open (its facts then decide). */
export function isPageMseWord(found: Found<unknown> | undefined): boolean {
  return found !== undefined && found.value === 'mse' && PAGE_WORDS.test(found.entry.value.text.trim());
}
