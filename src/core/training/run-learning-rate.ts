// Which η each run of an optimizer comparison trains with, and where it came from: a preset's η was tuned for
// its own optimizer, so it carries only to optimizers whose step scales with η the same way.
import { OPTIMIZERS } from '../records/optimizer-records.js';
import type { OptimizerName } from '../types.js';

/** `run`: written `adam:0.05`; `option`: `lr:`; `network`: the definition's or preset's; `usual`: the optimizer's usual η. */
export type LearningRateSource = 'run' | 'option' | 'network' | 'usual';

export interface RunLearningRate {
  value: number;
  source: LearningRateSource;
  /** A definition's η carried to an optimizer whose step scales otherwise: that optimizer's usual η, to offer. */
  usual?: number;
}

export interface GivenLearningRates {
  /** This run's own η (`adam:0.05`). */
  run?: number;
  /** Every run's η (`lr:0.1`). */
  option?: number;
  /**
   * The network's η, the optimizer it names, and whether the user wrote that η: a preset's (or the default) η is
   * ours, tuned for that optimizer; an η the user wrote is their choice for every run.
   */
  network: { learningRate: number; optimizer: OptimizerName; writtenByUser: boolean };
}

export function runLearningRate(optimizer: OptimizerName, given: GivenLearningRates): RunLearningRate {
  if (given.run !== undefined) return { value: given.run, source: 'run' };
  if (given.option !== undefined) return { value: given.option, source: 'option' };
  const { network } = given;
  const sameStep = OPTIMIZERS[optimizer].stepScale === OPTIMIZERS[network.optimizer].stepScale;
  const usual = OPTIMIZERS[optimizer].usualLearningRate;
  if (sameStep) return { value: network.learningRate, source: 'network' };
  return network.writtenByUser
    ? { value: network.learningRate, source: 'network', usual }
    : { value: usual, source: 'usual' };
}
