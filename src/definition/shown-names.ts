// The names a reply and its pictures write for a page's weights and biases (issue 11): the page's own where it
// gave one, placed as this reading places them. /check's table (pageNames) stays stricter: see parse.ts.
import type { Collected, Found } from './collect.js';
import type { PageName } from './unit-pairs.js';

/** A symbol a page names a parameter by (`b1`, `b_out`, `θ4`, `w_H11.I1`), not a phrase (`bias (1)`). */
const SYMBOL = /^[A-Za-zθΘ][\w^(){},.'\\]{0,11}$/;

const written = (found: Found<unknown>) => found.entry.key.text.replace(/\s+/g, '');

/**
 * Every name of `pageNames` (an assumed order's too: the reply says it was assumed, and the picture then shows
 * what was assumed); a worked sum's own weight names (`w_{H11.I1}`) for the `w(h11→i1)` that stands for them;
 * and the biases the page named (`b1, b2` of hidden units beside `b_out`), where no name was placed yet.
 */
export function shownNames(collected: Collected, pageNames: readonly PageName[]): PageName[] {
  const arrowName = new Map<string, string>();
  for (const arrow of collected.arrows) {
    const name = written(arrow);
    // `w_x_1_to_h_1` is our rewriting of `w₁,₁ = 0.2 (x₁→h₁)`, not a name of the page's: keep w(x1→h1).
    if (SYMBOL.test(name) && !/to|→|->/i.test(name)) arrowName.set(`w(${arrow.from}→${arrow.to})`, name);
  }
  const names = pageNames.map((n) =>
    n.ref.kind === 'weight' && arrowName.has(n.name) ? { ...n, name: arrowName.get(n.name)! } : n,
  );
  const biasPlaced = new Set(
    names.flatMap((n) => (n.ref.kind === 'bias' ? [`${n.ref.l}:${n.ref.j ?? '*'}`] : [])),
  );
  const add = (found: Found<unknown>, l: number, j?: number) => {
    const place = `${l}:${j ?? '*'}`;
    const name = written(found);
    if (biasPlaced.has(place) || !SYMBOL.test(name)) return;
    biasPlaced.add(place);
    names.push({ name, ref: j === undefined ? { kind: 'bias', l } : { kind: 'bias', l, j } });
  };
  // Layers and units count from 1 in what was collected, from 0 in the spec.
  for (const [layer, found] of collected.layerBiases) add(found, layer - 1);
  for (const [layer, units] of collected.unitBiases)
    for (const [unit, found] of units) add(found, layer - 1, unit - 1);
  return names;
}
