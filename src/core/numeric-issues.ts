// Finds the numbers that are not honest numbers (∞, NaN, ln 0, saturated outputs) and says why.
import type { ForwardResult } from './forward.js';
import type { LossName, Matrix, NumericIssue, ResolvedSpec, Vector } from './types.js';

const isFinite = Number.isFinite;

function firstNonFinite(matrix: Matrix): { layer: number; unit: number } | undefined {
  for (let l = 0; l < matrix.length; l++) {
    const row = matrix[l]!;
    for (let j = 0; j < row.length; j++) if (!isFinite(row[j]!)) return { layer: l, unit: j };
  }
  return undefined;
}

/** Problems of one forward pass and its loss; `where` names the pass ('loss', 'lossAfterStep'). */
export function forwardIssues(
  spec: ResolvedSpec,
  forward: ForwardResult,
  loss: number,
  unstableLoss: number,
  where: string,
): NumericIssue[] {
  const issues: NumericIssue[] = [];
  const badNet = firstNonFinite(forward.net);
  if (badNet) {
    issues.push({
      id: 'non_finite_value',
      where: where === 'loss' ? 'forward' : 'forward after the step',
      layer: badNet.layer,
      unit: badNet.unit,
      detail: `a net input overflowed to ${forward.net[badNet.layer]![badNet.unit]} (weights or inputs too large for float64)`,
    });
  }
  const out = forward.out[forward.out.length - 1]!;
  if (isProbabilityLoss(spec.loss)) {
    out.forEach((o, j) => {
      if (o === 0 || o === 1) {
        issues.push({
          id: 'output_saturated',
          where,
          unit: j,
          detail: `output ${j + 1} is exactly ${o} in float64, so ln(${o === 0 ? 'o' : '1 − o'}) = ln(0) = −∞; the loss was computed from the pre-activation instead (exact), but the output unit has saturated and learns slowly`,
        });
      }
    });
  }
  if (Number.isNaN(loss)) {
    issues.push({
      id: 'non_finite_value',
      where,
      detail: 'the loss is not a number (an invalid operation such as ∞ − ∞ or 0·∞)',
    });
  } else if (!isFinite(loss)) {
    const logZero = isProbabilityLoss(spec.loss) && !isFinite(unstableLoss);
    issues.push(
      logZero
        ? {
            id: 'loss_log_zero',
            where,
            detail:
              'the loss takes ln(0) = −∞: an output the loss needs strictly between 0 and 1 reached 0 or 1',
          }
        : {
            id: 'loss_overflow',
            where,
            detail: `the loss overflowed to ${loss} (the outputs are too far from the targets for float64)`,
          },
    );
  }
  return issues;
}

export function gradientIssues(gradWeights: Matrix[], delta: Matrix): NumericIssue[] {
  const badDelta = firstNonFinite(delta);
  if (badDelta) {
    return [
      {
        id: 'non_finite_value',
        where: 'backward',
        layer: badDelta.layer,
        unit: badDelta.unit,
        detail: 'a δ (∂E/∂net) is not finite, so the gradients and the update are meaningless',
      },
    ];
  }
  for (let l = 0; l < gradWeights.length; l++) {
    if (firstNonFinite(gradWeights[l]!)) {
      return [
        { id: 'non_finite_value', where: 'backward', layer: l, detail: 'a weight gradient is not finite' },
      ];
    }
  }
  return [];
}

export function divergenceIssue(step: number, loss: number): NumericIssue {
  return {
    id: 'training_diverged',
    where: `training step ${step}`,
    step,
    detail: `training stopped at step ${step}: the loss became ${loss} (the learning rate is probably too large)`,
  };
}

function isProbabilityLoss(loss: LossName): boolean {
  return loss === 'bce' || loss === 'cross_entropy';
}

export function allFinite(values: Vector): boolean {
  return values.every(isFinite);
}
