// `/backprop … explain:w5`: the chain rule for one weight, in LaTeX (typeset as an image) and in Unicode (its alt text).
import { weightIndex } from '../core/naming.js';
import type { Trace } from '../core/types.js';
import { toLatexMath } from './export-latex.js';
import { notationFor, type NotationName } from './notations.js';
import { withPageNames, type PageParameterName } from './page-notation.js';
import { formatGiven } from './notation.js';
import { displayNumber } from './number-format.js';

export interface ChainRule {
  /** The weight's name in the notation (w5, W⁽²⁾₁₁, w35). */
  weight: string;
  latex: string[];
  /** The same two lines in Unicode, for screen readers and the alt text. */
  text: string;
}

export interface ChainRuleOptions {
  precision: number;
  notation: NotationName;
  /** A pasted page's names: `explain:w14` finds the page's w14, and the rule is written with its names. */
  pageNames?: readonly PageParameterName[];
}

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
/** A weight's name as a user types it: no braces, underscores, backslashes or subscripts (`w_{14}`, `w₁₄` → `w14`). */
const typedName = (name: string) =>
  name
    .replace(/[\s_{}\\]/g, '')
    .replace(/[₀-₉]/g, (c) => String(SUBSCRIPT.indexOf(c)))
    .toLowerCase();

/** [l, j, i] of the weight the user named: its name in the notation, or its classic number (w5). */
function findWeight(trace: Trace, name: string, options: ChainRuleOptions) {
  const wanted = name.trim().replace(/\s+/g, '');
  const ours = notationFor(options.notation, trace.spec.layers);
  const nt = withPageNames(ours, options.pageNames, trace.spec);
  // The page's name as written (`w_{14}`), as shown (`w₁₄`) or typed plainly (`w14`), before the notation's own
  // (unless its names were set aside as ambiguous: then ours are the names written everywhere).
  const page = new Map(
    (nt === ours ? [] : (options.pageNames ?? [])).flatMap(({ name: written, ref }) =>
      ref.kind === 'weight' ? [[typedName(written), ref] as const] : [],
    ),
  );
  const named = page.get(typedName(wanted));
  if (named) return { l: named.l, j: named.j, i: named.i };
  for (const [l, matrix] of trace.spec.weights.entries())
    for (const [j, row] of matrix.entries())
      for (const i of row.keys())
        if (nt.weight(l, j, i) === wanted || ours.weight(l, j, i) === wanted) return { l, j, i };
  const number = /^w_?\{?(\d+)\}?$/i.exec(wanted)?.[1];
  return number === undefined ? undefined : weightIndex(trace.spec.layers, Number(number));
}

/** The chain rule of one weight with the trace's numbers, or undefined when the network has no such weight. */
export function chainRule(trace: Trace, name: string, options: ChainRuleOptions): ChainRule | undefined {
  const place = findWeight(trace, name, options);
  if (!place) return undefined;
  const { l, j, i } = place;
  const nt = withPageNames(notationFor(options.notation, trace.spec.layers), options.pageNames, trace.spec);
  const n = (x: number) => displayNumber(x, options.precision);
  const factor = (x: number, written = n(x)) => (x < 0 ? `(${written})` : written);
  const weight = nt.weight(l, j, i);
  const [out, net, input] = [nt.out(l + 1, j), nt.net(l + 1, j), nt.out(l, i)];
  const previous = l === 0 ? trace.spec.input[i]! : trace.out[l - 1]![i]!;
  // An input is written as the user gave it (0.05), as in the walkthrough; outputs are rounded.
  const previousText = factor(previous, l === 0 ? formatGiven(previous, options.precision) : n(previous));
  const gradient = trace.gradWeights[l]![j]![i]!;
  const m = (text: string) => toLatexMath(text);
  if (trace.deltaRule[l] !== 'elementwise') {
    // Softmax and the fused output rules: δ is computed as a whole, so the rule stops at δ.
    const delta = nt.delta(l + 1, j);
    const symbolic = `\\frac{\\partial E}{\\partial ${m(weight)}} = ${m(delta)} \\cdot \\frac{\\partial ${m(net)}}{\\partial ${m(weight)}} = ${m(delta)} \\cdot ${m(input)}`;
    const numbers = `= ${m(factor(trace.delta[l]![j]!))} \\cdot ${m(previousText)} = ${m(n(gradient))}`;
    return {
      weight,
      latex: [symbolic, numbers],
      text: `∂E/∂${weight} = ${delta}·${input} = ${factor(trace.delta[l]![j]!)}·${previousText} = ${n(gradient)}`,
    };
  }
  const dOut = trace.dE_dOut[l]![j]!;
  const local = trace.dOut_dNet[l]![j]!;
  const symbolic = `\\frac{\\partial E}{\\partial ${m(weight)}} = \\frac{\\partial E}{\\partial ${m(out)}}\\,\\frac{\\partial ${m(out)}}{\\partial ${m(net)}}\\,\\frac{\\partial ${m(net)}}{\\partial ${m(weight)}}`;
  const numbers = `= ${m(factor(dOut))} \\cdot ${m(factor(local))} \\cdot ${m(previousText)} = ${m(n(gradient))}`;
  return {
    weight,
    latex: [symbolic, numbers],
    text: `∂E/∂${weight} = ∂E/∂${out} · ∂${out}/∂${net} · ∂${net}/∂${weight} = ${factor(dOut)}·${factor(local)}·${previousText} = ${n(gradient)}`,
  };
}
