// What one check keeps while it walks a sheet: the true evaluator, the mistake variants, the student's numbers so far.
import type { ResolvedSpec } from '../core/index.js';
import { createEvaluator, type Evaluator, type WorkBudget } from './evaluator.js';
import { mistakeForms, type MistakeForm, type MistakeId } from './mistakes.js';
import { USUAL_NAMES, type SheetNames } from './sheet-names.js';
import type { Variant } from './variant.js';

/** What the checker remembers of an earlier statement: the student's number as an override. */
export interface Recorded {
  line: number;
  key: string;
  value: number;
  wrong: boolean;
  /** Its own diagnosis, or the ones of the lines it was carried from. */
  diagnoses: MistakeId[];
}

/** Where the sheet is: forward names read after an update mean the second pass. */
export interface SheetContext {
  sawUpdate: boolean;
  sawBackward: boolean;
  /** Forward quantities already stated: stated again after the backward pass, they are the second pass. */
  statedForward?: Set<string>;
  /** How the sheet's own `a` names read where it was right (a_2 = σ(z_2): the activation), kept for ∂L/∂a_2. */
  aReading?: 'activation' | 'pre_activation';
  /**
   * How the sheet writes Δw: η·∂E/∂w (`step`) or the change −η·∂E/∂w. Fixed by a right Δw, or by a right δ
   * in the t − o sign (such a sheet's Δw = η·δ·o is the change); kept for every Δ after it.
   */
  stepReading?: 'step' | 'change';
  /** Names the sheet writes inside σ(…) (`ŷ1 = σ(y1)`): its pre-activations, whatever our notation says. */
  insideActivation?: ReadonlySet<string>;
}

export interface CheckSession {
  spec: ResolvedSpec;
  /** The page's own names and the numbering of w1, w2, … this check reads the sheet with. */
  names: SheetNames;
  budget: WorkBudget;
  truth: Evaluator;
  forms: MistakeForm[];
  /** One evaluator per form, from the true values (same order as `forms`). */
  formEvaluators: Evaluator[];
  recorded: Recorded[];
  context: SheetContext;
}

/** `workBudget`: a number of values, or a budget shared with other checks of the same sheet. */
export function startSession(
  spec: ResolvedSpec,
  workBudget: number | WorkBudget,
  names: SheetNames = USUAL_NAMES,
): CheckSession {
  const budget: WorkBudget = typeof workBudget === 'number' ? { remaining: workBudget } : workBudget;
  const forms = mistakeForms(spec);
  return {
    spec,
    names,
    budget,
    truth: createEvaluator(spec, {}, undefined, budget),
    forms,
    formEvaluators: forms.map((form) => createEvaluator(spec, form.variant, undefined, budget)),
    recorded: [],
    context: { sawUpdate: false, sawBackward: false },
  };
}

/** The student's recorded numbers that pass `filter`, as overrides keyed by quantity. */
export function overrides(session: CheckSession, filter: (r: Recorded) => boolean): Map<string, number> {
  const map = new Map<string, number>();
  for (const r of session.recorded) if (filter(r)) map.set(r.key, r.value);
  return map;
}

/** An evaluator that uses the student's own numbers (those passing `filter`) in place of the true ones. */
export function fromOwnNumbers(
  session: CheckSession,
  filter: (r: Recorded) => boolean,
  variant: Variant = {},
): Evaluator {
  return createEvaluator(session.spec, variant, overrides(session, filter), session.budget);
}
